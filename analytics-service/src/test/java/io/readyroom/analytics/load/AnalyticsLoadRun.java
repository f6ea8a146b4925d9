package io.readyroom.analytics.load;

import java.time.Duration;
import java.time.Instant;
import java.util.Random;

import tools.jackson.databind.JsonNode;

/**
 * Measures analytics-service on a running local stack ({@code ./readyroom}): seeds a
 * cohort through Kafka, then times dashboard reads and how long a new score takes to show
 * in the learner's profile and in the cohort dashboard. See docs/analytics.md for the
 * command. Not a test: the figures depend on the machine, so they are recorded, not
 * asserted.
 */
public final class AnalyticsLoadRun {

	private final LoadSettings settings;

	private final AnalyticsClient analytics;

	private final Random random = new Random(7);

	private final int[] abilities;

	private final int[] answerCounts;

	private long totalAnswers;

	private AnalyticsLoadRun(LoadSettings settings) {
		this.settings = settings;
		this.analytics = new AnalyticsClient(settings.analyticsUrl(), settings.token());
		this.abilities = new int[settings.learners()];
		this.answerCounts = new int[settings.learners()];
	}

	public static void main(String[] args) {
		LoadSettings settings = LoadSettings.parse(args);
		System.err.printf("cohort %s of program %s: %d learners x %d answers%n", settings.cohortId(),
				settings.programId(), settings.learners(), settings.answersPerLearner());
		new AnalyticsLoadRun(settings).run();
	}

	private void run() {
		try (ScoreFeed feed = new ScoreFeed(this.settings.bootstrap(), this.settings.programId(),
				this.settings.cohortId())) {
			long seedStart = System.nanoTime();
			seed(feed);
			awaitDashboard();
			double seedSeconds = (System.nanoTime() - seedStart) / 1e9;
			ReadFigures reads = measureReads();
			FreshnessFigures freshness = measureFreshness(feed);
			report(seedSeconds, reads, freshness);
		}
	}

	private void seed(ScoreFeed feed) {
		// spread over the past weeks so the dashboard has several weeks of engagement
		Instant start = Instant.now().minus(Duration.ofDays(28));
		for (int i = 0; i < this.settings.learners(); i++) {
			this.abilities[i] = 30 + this.random.nextInt(60);
			feed.startSession(learner(i), i);
			for (int a = 0; a < this.settings.answersPerLearner(); a++) {
				Instant submittedAt = start.plus(Duration.ofHours(this.random.nextInt(27 * 24)));
				feed.scoreAnswer(learner(i), this.abilities[i], a, submittedAt);
			}
			this.answerCounts[i] = this.settings.answersPerLearner();
			if ((i + 1) % 1000 == 0) {
				System.err.printf("sent %d learners%n", i + 1);
			}
		}
		feed.flush();
		this.totalAnswers = (long) this.settings.learners() * this.settings.answersPerLearner();
		System.err.printf("sent %d sessions and %d scores%n", this.settings.learners(), this.totalAnswers);
	}

	private void awaitDashboard() {
		long deadline = System.nanoTime() + Duration.ofMinutes(this.settings.waitMinutes()).toNanos();
		long start = System.nanoTime();
		while (true) {
			JsonNode dashboard = this.analytics.dashboard(this.settings.cohortId());
			long answers = (dashboard != null) ? dashboard.get("answers").asLong() : 0;
			int learners = (dashboard != null) ? dashboard.get("learners").asInt() : 0;
			System.err.printf("dashboard: %d/%d learners, %d/%d answers (%.0f s)%n", learners, this.settings.learners(),
					answers, this.totalAnswers, (System.nanoTime() - start) / 1e9);
			if (answers >= this.totalAnswers && learners >= this.settings.learners()) {
				return;
			}
			if (System.nanoTime() > deadline) {
				throw new IllegalStateException(
						"The dashboard did not reflect the cohort within " + this.settings.waitMinutes() + " minutes");
			}
			pause(2000);
		}
	}

	private ReadFigures measureReads() {
		for (int i = 0; i < this.settings.warmUpReads(); i++) {
			this.analytics.dashboardBody(this.settings.cohortId());
		}
		double[] millis = new double[this.settings.reads()];
		int bytes = 0;
		for (int i = 0; i < millis.length; i++) {
			long start = System.nanoTime();
			bytes = this.analytics.dashboardBody(this.settings.cohortId()).length();
			millis[i] = (System.nanoTime() - start) / 1e6;
		}
		System.err.printf("measured %d dashboard reads%n", millis.length);
		return new ReadFigures(new Percentiles(millis), bytes);
	}

	private FreshnessFigures measureFreshness(ScoreFeed feed) {
		double[] profile = new double[this.settings.trials()];
		double[] dashboard = new double[this.settings.trials()];
		for (int trial = 0; trial < this.settings.trials(); trial++) {
			// a random pause, so the sends fall at random points of the 200 ms refresh
			// cycle
			pause(100 + this.random.nextInt(400));
			int i = this.random.nextInt(this.settings.learners());
			int expectedProfile = ++this.answerCounts[i];
			long expectedDashboard = ++this.totalAnswers;
			long start = System.nanoTime();
			feed.scoreAnswerNow(learner(i), this.abilities[i], expectedProfile);
			long deadline = start + Duration.ofSeconds(30).toNanos();
			while (profile[trial] == 0 || dashboard[trial] == 0) {
				if (profile[trial] == 0
						&& this.analytics.profile(learner(i)).get("answerCount").asInt() >= expectedProfile) {
					profile[trial] = (System.nanoTime() - start) / 1e6;
				}
				if (dashboard[trial] == 0 && this.analytics.dashboard(this.settings.cohortId())
					.get("answers")
					.asLong() >= expectedDashboard) {
					dashboard[trial] = (System.nanoTime() - start) / 1e6;
				}
				if (System.nanoTime() > deadline) {
					throw new IllegalStateException("Trial " + trial + ": not visible within 30 s");
				}
				pause(5);
			}
			System.err.printf("trial %d: profile %.0f ms, dashboard %.0f ms%n", trial + 1, profile[trial],
					dashboard[trial]);
		}
		return new FreshnessFigures(new Percentiles(profile), new Percentiles(dashboard));
	}

	private void report(double seedSeconds, ReadFigures reads, FreshnessFigures freshness) {
		System.out.printf("cohort %s: %d learners, %d scores + %d sessions seeded and reflected in %.0f s%n",
				this.settings.cohortId(), this.settings.learners(),
				(long) this.settings.learners() * this.settings.answersPerLearner(), this.settings.learners(),
				seedSeconds);
		System.out.printf("%-36s %6s %8s %8s %8s %8s%n", "measure", "n", "p50 ms", "p95 ms", "p99 ms", "max ms");
		row("dashboard read (" + reads.bytes() + " chars)", reads.millis());
		row("score -> learner profile", freshness.profile());
		row("score -> cohort dashboard", freshness.dashboard());
	}

	private static void row(String name, Percentiles p) {
		System.out.printf("%-36s %6d %8.1f %8.1f %8.1f %8.1f%n", name, p.size(), p.at(50), p.at(95), p.at(99), p.max());
	}

	private String learner(int index) {
		return this.settings.cohortId() + "-learner-" + index;
	}

	private static void pause(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private record ReadFigures(Percentiles millis, int bytes) {

	}

	private record FreshnessFigures(Percentiles profile, Percentiles dashboard) {

	}

}
