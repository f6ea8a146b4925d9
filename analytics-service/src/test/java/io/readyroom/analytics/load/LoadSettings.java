package io.readyroom.analytics.load;

import java.util.HashMap;
import java.util.Map;

/**
 * The run's settings from {@code key=value} arguments. A fresh cohort id per run, so a
 * second run against the same stack does not count the first run's answers.
 *
 * @param token an access token of a director of the program or of an admin, which
 * analytics-service needs to serve the cohort's dashboard and its learners' profiles
 */
record LoadSettings(int learners, int answersPerLearner, int warmUpReads, int reads, int trials, String bootstrap,
		String analyticsUrl, String programId, String cohortId, String token, int waitMinutes) {

	static LoadSettings parse(String[] args) {
		Map<String, String> values = new HashMap<>();
		for (String arg : args) {
			for (String pair : arg.trim().split("\\s+")) {
				int equals = pair.indexOf('=');
				if (equals < 1) {
					throw new IllegalArgumentException("Expected key=value, got '" + pair + "'");
				}
				values.put(pair.substring(0, equals).replaceFirst("^--", ""), pair.substring(equals + 1));
			}
		}
		return new LoadSettings(integer(values, "learners", 10_000), integer(values, "answers", 3),
				integer(values, "warmup", 50), integer(values, "reads", 500), integer(values, "trials", 50),
				values.getOrDefault("bootstrap", "localhost:9092"),
				values.getOrDefault("analytics", "http://localhost:8083"),
				values.getOrDefault("program", "load-program"),
				values.getOrDefault("cohort", "load-" + System.currentTimeMillis()), token(values),
				integer(values, "wait", 30));
	}

	private static String token(Map<String, String> values) {
		String token = values.get("token");
		if (token == null || token.isBlank()) {
			throw new IllegalArgumentException("Give token=<access token> of an admin, or of the program's director: "
					+ "analytics-service serves dashboards to signed-in staff only (TOKEN=$(./readyroom token admin)).");
		}
		return token;
	}

	private static int integer(Map<String, String> values, String key, int fallback) {
		return values.containsKey(key) ? Integer.parseInt(values.get(key)) : fallback;
	}

}
