package io.readyroom.local.demo;

import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * What the demo's practice came to, as analytics tells it: waits until analytics has
 * counted every answer the demo submitted (the scorer works through them a few seconds
 * behind), then reports per cohort who is ready for their role. So the launcher's summary
 * follows a demo whose figures are complete, and says what the dashboards will show.
 */
final class DemoOutcome {

	static final Duration PATIENCE = Duration.ofMinutes(5);

	private static final Duration POLL = Duration.ofSeconds(1);

	private final ServiceClient analytics;

	private final String directorToken;

	private final PrintStream progress;

	private final Duration patience;

	DemoOutcome(ServiceClient analytics, String directorToken, PrintStream progress, Duration patience) {
		this.analytics = analytics;
		this.directorToken = directorToken;
		this.progress = progress;
		this.patience = patience;
	}

	/**
	 * @param submitted each learner who practised and how many answers they submitted
	 */
	void report(Map<SimulatedLearner, Integer> submitted) {
		if (submitted.isEmpty()) {
			return;
		}
		int expected = submitted.values().stream().mapToInt(Integer::intValue).sum();
		this.progress.println("Demo: waiting until analytics has counted all " + expected + " answers ...");
		long deadline = System.nanoTime() + this.patience.toNanos();
		int counted = counted(submitted);
		while (counted < expected && System.nanoTime() < deadline && pause()) {
			counted = counted(submitted);
		}
		if (counted < expected) {
			this.progress.println("Demo: " + counted + " of " + expected
					+ " answers counted so far; the dashboards fill as the rest arrive");
			return;
		}
		readiness(submitted).forEach((cohort, ready) -> this.progress.println(line(cohort, ready, submitted)));
	}

	private int counted(Map<SimulatedLearner, Integer> submitted) {
		return submitted.keySet()
			.stream()
			.mapToInt((learner) -> this.analytics
				.find("/api/learners/" + learner.username() + "/profile", this.directorToken, 404)
				.map((profile) -> profile.path("answerCount").asInt(0))
				.orElse(0))
			.sum();
	}

	private Map<String, List<SimulatedLearner>> readiness(Map<SimulatedLearner, Integer> submitted) {
		Map<String, List<SimulatedLearner>> ready = new TreeMap<>();
		submitted.keySet()
			.forEach((learner) -> ready.computeIfAbsent(learner.cohortId(), (cohort) -> new ArrayList<>()));
		submitted.keySet()
			.stream()
			.filter((learner) -> this.analytics
				.get("/api/learners/" + learner.username() + "/readiness", this.directorToken)
				.path("ready")
				.asBoolean(false))
			.sorted(Comparator.comparing(SimulatedLearner::username))
			.forEach((learner) -> ready.get(learner.cohortId()).add(learner));
		return ready;
	}

	private static String line(String cohort, List<SimulatedLearner> ready, Map<SimulatedLearner, Integer> submitted) {
		long learners = submitted.keySet().stream().filter((learner) -> learner.cohortId().equals(cohort)).count();
		return "Demo: " + cohort + ": " + ready.size() + " of " + learners + " learners ready for their role"
				+ (ready.isEmpty() ? "" : " ("
						+ ready.stream().map(SimulatedLearner::username).collect(Collectors.joining(", ")) + ")");
	}

	private static boolean pause() {
		try {
			Thread.sleep(POLL.toMillis());
			return true;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

}
