package io.readyroom.faults;

import java.time.Duration;
import java.util.List;

/**
 * How much the suite does: the short version that {@code ./mvnw verify} runs (a few
 * hundred answers, one kill -9 of scoring-service, one poison record) or the full one
 * ({@code -Pfaults}: 40 learners, every fault, 300 answers under each, more than 2,000 in
 * all; {@code -Dfaults.answers} sets the answers per fault, {@code -Dfaults.only} picks
 * the faults whose names contain it, e.g. {@code -Dfaults.only=launcher}).
 */
record SuiteScale(String name, int learners, int answersPerFault, List<Fault> faults, Duration loadTimeout,
		Duration recoveryTimeout, Duration settleTimeout) {

	static final String PROPERTY = "faults.suite";

	static SuiteScale fromSystemProperty() {
		return "full".equals(System.getProperty(PROPERTY, "short")) ? full() : small();
	}

	/**
	 * Answers per fault in the full suite; {@code -Dfaults.answers=2000} for 2,000 under
	 * each fault.
	 */
	static final String ANSWERS_PROPERTY = "faults.answers";

	/** Only the full suite's faults whose names contain this, e.g. {@code launcher}. */
	static final String ONLY_PROPERTY = "faults.only";

	/**
	 * The poison lands while scoring-service is down, so it is met by the restarted one.
	 */
	static SuiteScale small() {
		return new SuiteScale("short", 8, 200,
				List.of(new FaultsTogether(
						List.of(PoisonOnTopics.answersTopic(), KilledAndRestarted.scoringService()))),
				Duration.ofMinutes(5), Duration.ofMinutes(4), Duration.ofMinutes(3));
	}

	/**
	 * Every fault the issue names, the launcher's kill -9 last: on a store that loses its
	 * last writes it leaves answers missing that would show in every later fault too.
	 */
	static SuiteScale full() {
		List<Fault> faults = List.of(KilledAndRestarted.scoringService(), KilledAndRestarted.analyticsService(),
				PoisonOnTopics.everyTopic(), new ReplayedTwice(), new SecondAnalyticsInstanceKilled(),
				new StoreStoppedAndStarted(), KilledAndRestarted.launcher());
		String only = System.getProperty(ONLY_PROPERTY, "");
		List<Fault> chosen = faults.stream().filter((fault) -> fault.name().contains(only)).toList();
		if (chosen.isEmpty()) {
			throw new IllegalArgumentException("No fault's name contains '" + only + "'; the faults are "
					+ faults.stream().map(Fault::name).toList());
		}
		return new SuiteScale("full", 40, Integer.getInteger(ANSWERS_PROPERTY, 300), chosen, Duration.ofMinutes(20),
				Duration.ofMinutes(10), Duration.ofMinutes(5));
	}

}
