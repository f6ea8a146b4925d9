package io.readyroom.local.load;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What one load measured, for the report.
 *
 * @param sent answers sent
 * @param accepted answers acknowledged, refused and resent
 * @param start when the first answer could go
 * @param lastAcceptedAt when the last answer was acknowledged, null if none was
 * @param scored scores the scoring-service published for the load's answers
 * @param lastScoredAt when the last of them was published, null if none was
 * @param counted the load's answers the cohort dashboard counted at last
 * @param countedAt when it first counted that many, null if none
 * @param profileFreshness answer → profile, for the watched learners' answers
 * @param dashboardFreshness answer → cohort dashboard, for every answer
 * @param cpu each process's CPU over the load and the wait for the platform to catch up
 * @param answerEventBytes the mean size of the load's answer events
 * @param broker the broker's raw produce → consume rate, null without answer events
 */
record LoadResult(LoadOptions options, int sent, AcceptedAnswers accepted, Instant start,
		@Nullable Instant lastAcceptedAt, long scored, @Nullable Instant lastScoredAt, long counted,
		@Nullable Instant countedAt, List<String> watchedLearners, List<Duration> profileFreshness,
		List<Duration> dashboardFreshness, List<ProcessCpu.Usage> cpu, int answerEventBytes,
		@Nullable Throughput broker) {

	Throughput acceptance() {
		return Throughput.between(this.accepted.count(), this.start, orStart(this.lastAcceptedAt));
	}

	Throughput scoring() {
		return Throughput.between(this.scored, this.start, orStart(this.lastScoredAt));
	}

	Throughput counting() {
		return Throughput.between(this.counted, this.start, orStart(this.countedAt));
	}

	private Instant orStart(@Nullable Instant moment) {
		return (moment != null) ? moment : this.start;
	}

}
