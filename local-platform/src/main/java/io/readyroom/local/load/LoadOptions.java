package io.readyroom.local.load;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * What {@code ./readyroom load} is to do, and where the platform runs.
 *
 * @param learners how many load learners practise at once
 * @param answers how many answers they send in all; unused when {@code duration} is set
 * @param duration how long they keep sending answers, or {@code null} to send
 * {@code answers}
 * @param rate answers per second the learners are paced to together; 0 for as fast as
 * they go
 * @param ports the platform's ports by part, as {@code ./readyroom} was started with
 * @param helpRequested whether only the usage was asked for
 */
public record LoadOptions(int learners, int answers, @Nullable Duration duration, double rate,
		Map<PlatformPart, Integer> ports, boolean helpRequested) {

	static final int DEFAULT_LEARNERS = 20;

	static final int DEFAULT_ANSWERS = 300;

	static final double DEFAULT_RATE = 50;

	/** As many as the launcher has the identity server sign in. */
	static final int MAX_LEARNERS = 1000;

	/** What {@code ./readyroom load --help} prints. */
	public static final String USAGE = """
			Usage: ./readyroom load [--learners N] [--answers N | --duration SECONDS] [--rate N] [PORT OPTIONS]

			Drives the running local platform (started with ./readyroom in another terminal)
			through its REST edge: N learners of load-cohort sign in at the identity server and
			answer the bank's questions with realistic answers (about 115 words), paced to the
			rate. Prints progress every few seconds and, at the end, answers accepted, scored and
			counted per second, answer -> profile and answer -> dashboard freshness (p50/p95/p99),
			the CPU each of the platform's processes used, and the raw Kafka produce -> consume
			rate on the same broker for records of an answer event's size.

			Options:
			  --learners N             learners practising at once, 1 to 1000 (default: 20)
			  --answers N              answers to send in all (default: 300)
			  --duration SECONDS       send answers for this long instead of a number of them
			  --rate N                 answers per second, all learners together; 0 for as fast
			                           as they go (default: 50)
			  --identity-port PORT     port of the identity server (default: 9000)
			  --session-port PORT      HTTP port of session-service (default: 8081)
			  --scoring-port PORT      HTTP port of scoring-service (default: 8082)
			  --analytics-port PORT    HTTP port of analytics-service (default: 8083)
			  --web-port PORT          HTTP port of the web app (default: 8080)
			  --kafka-port PORT        port of the embedded Kafka broker (default: 9092)
			  --mongo-port PORT        port of the embedded document store (default: 27017)
			  -h, --help               print this help

			The load learners' answers stay in the platform's data, in load-cohort of
			demo-program, like any learner's.
			""";

	public LoadOptions {
		ports = Map.copyOf(ports);
	}

	/**
	 * @param arguments the arguments after {@code load}
	 * @throws IllegalArgumentException naming the option that is unknown, lacks its value
	 * or has one out of range
	 */
	public static LoadOptions parse(List<String> arguments) {
		Map<PlatformPart, Integer> ports = new LinkedHashMap<>();
		for (PlatformPart part : PlatformPart.values()) {
			ports.put(part, part.defaultPort());
		}
		int learners = DEFAULT_LEARNERS;
		Integer answers = null;
		Duration duration = null;
		double rate = DEFAULT_RATE;
		List<String> remaining = new ArrayList<>(arguments);
		while (!remaining.isEmpty()) {
			String option = remaining.remove(0);
			if (option.equals("-h") || option.equals("--help")) {
				return new LoadOptions(learners, DEFAULT_ANSWERS, null, rate, ports, true);
			}
			String value = valueOf(option, remaining);
			String name = option.contains("=") ? option.substring(0, option.indexOf('=')) : option;
			switch (name) {
				case "--learners" -> learners = whole(name, value, 1, MAX_LEARNERS);
				case "--answers" -> answers = whole(name, value, 1, Integer.MAX_VALUE);
				case "--duration" -> duration = Duration.ofSeconds(whole(name, value, 1, 86_400));
				case "--rate" -> rate = decimal(name, value);
				default -> ports.put(partOf(name), whole(name, value, 1, 65_535));
			}
		}
		if (answers != null && duration != null) {
			throw new IllegalArgumentException("Give --answers or --duration, not both");
		}
		return new LoadOptions(learners, (answers != null) ? answers : DEFAULT_ANSWERS, duration, rate, ports, false);
	}

	int port(PlatformPart part) {
		return this.ports.get(part);
	}

	URI baseUri(PlatformPart part) {
		return URI.create("http://localhost:" + port(part));
	}

	private static String valueOf(String option, List<String> remaining) {
		if (!option.startsWith("--")) {
			throw new IllegalArgumentException(
					"Unexpected argument '" + option + "'; every setting is an option, e.g." + " --learners 20");
		}
		if (option.contains("=")) {
			return option.substring(option.indexOf('=') + 1);
		}
		if (remaining.isEmpty() || remaining.get(0).startsWith("--")) {
			throw new IllegalArgumentException(option + " needs a value");
		}
		return remaining.remove(0);
	}

	private static PlatformPart partOf(String option) {
		for (PlatformPart part : PlatformPart.values()) {
			if (option.equals("--" + part.optionName() + "-port")) {
				return part;
			}
		}
		throw new IllegalArgumentException("Unknown option " + option);
	}

	private static int whole(String option, String value, int min, int max) {
		try {
			int number = Integer.parseInt(value);
			if (number >= min && number <= max) {
				return number;
			}
		}
		catch (NumberFormatException ex) {
			// reported below, like a number out of range
		}
		throw new IllegalArgumentException(
				option + " needs a whole number from " + min + " to " + max + ", not '" + value + "'");
	}

	private static double decimal(String option, String value) {
		try {
			double number = Double.parseDouble(value);
			if (number >= 0 && Double.isFinite(number)) {
				return number;
			}
		}
		catch (NumberFormatException ex) {
			// reported below, like a negative number
		}
		throw new IllegalArgumentException(option
				+ " needs answers per second, 0 or more (0 for as fast as the learners go), not '" + value + "'");
	}

}
