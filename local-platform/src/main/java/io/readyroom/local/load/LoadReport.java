package io.readyroom.local.load;

import java.io.PrintStream;
import java.time.Duration;
import java.util.List;

/**
 * Prints what a load measured.
 */
final class LoadReport {

	private final PrintStream out;

	LoadReport(PrintStream out) {
		this.out = out;
	}

	void print(LoadResult result) {
		LoadOptions options = result.options();
		this.out.println();
		this.out.printf("Load: %d learners of %s, %,d answers sent, %s%n", options.learners(), FreshnessWatch.COHORT,
				result.sent(), (options.rate() > 0) ? "paced to %.0f/s".formatted(options.rate()) : "unpaced");
		printRate("accepted", result.acceptance(), "acknowledged (202) by session-service");
		printRate("scored", result.scoring(), "scores published by scoring-service");
		printRate("counted", result.counting(), "counted on the cohort dashboard by analytics-service");
		this.out.printf("  refused %d, sent again after no response or a 5xx %d%n", result.accepted().refusals(),
				result.accepted().resends());
		this.out.println();
		this.out.printf(
				"Freshness, from the 202 to the first reading that shows the answer (readings every %d ms,"
						+ " so each figure is up to %d ms late):%n",
				FreshnessWatch.INTERVAL.toMillis(), FreshnessWatch.INTERVAL.toMillis());
		printPercentiles("answer -> profile", result.profileFreshness(), "answers of %d sampled learners (%s)"
			.formatted(result.watchedLearners().size(), String.join(", ", result.watchedLearners())));
		printPercentiles("answer -> dashboard", result.dashboardFreshness(),
				"answers; the k-th acknowledged counts as shown once the dashboard counts k of the run's answers");
		this.out.println();
		printCpu(result.cpu());
		this.out.println();
		printBroker(result);
	}

	private void printRate(String what, Throughput throughput, String meaning) {
		this.out.printf("  %-9s %,6d in %6.1f s = %8.1f answers/s  (%s)%n", what, throughput.count(),
				throughput.elapsed().toMillis() / 1000.0, throughput.perSecond(), meaning);
	}

	private void printPercentiles(String what, List<Duration> measurements, String sample) {
		if (measurements.isEmpty()) {
			this.out.printf("  %-20s no answer showed up%n", what);
			return;
		}
		Percentiles percentiles = new Percentiles(measurements);
		this.out.printf("  %-20s p50 %,6d ms  p95 %,6d ms  p99 %,6d ms  max %,6d ms  (%,d %s)%n", what,
				percentiles.at(50).toMillis(), percentiles.at(95).toMillis(), percentiles.at(99).toMillis(),
				percentiles.at(100).toMillis(), percentiles.count(), sample);
	}

	private void printCpu(List<ProcessCpu.Usage> usages) {
		if (usages.isEmpty()) {
			this.out.println("CPU: no process found listening on the platform's ports (needs Linux's /proc)");
			return;
		}
		this.out.printf("CPU per process over %.1f s (the load and the wait for the platform to catch up):%n",
				usages.get(0).wall().toMillis() / 1000.0);
		for (ProcessCpu.Usage usage : usages) {
			this.out.printf("  %-40s %6.1f s CPU = %5.2f cores%n", usage.name() + " (pid " + usage.pid() + ")",
					usage.cpu().toMillis() / 1000.0, usage.cores());
		}
		this.out.printf("  %-40s %6.2f of %d cores%n", "all together",
				usages.stream().mapToDouble(ProcessCpu.Usage::cores).sum(), Runtime.getRuntime().availableProcessors());
	}

	private void printBroker(LoadResult result) {
		Throughput broker = result.broker();
		if (broker == null) {
			this.out.println("Broker alone: not measured, since no answer event was seen to copy its size");
			return;
		}
		this.out.printf(
				"Broker alone: %,d records of %,d bytes (an answer event's mean size) produced (acks=all,"
						+ " idempotent) and consumed on a scratch topic: %,.0f records/s%n",
				broker.count(), result.answerEventBytes(), broker.perSecond());
		this.out.printf("  pipeline / broker: accepted %.2f %%, scored %.2f %%, counted %.2f %%%n",
				100 * result.acceptance().ratioTo(broker), 100 * result.scoring().ratioTo(broker),
				100 * result.counting().ratioTo(broker));
	}

}
