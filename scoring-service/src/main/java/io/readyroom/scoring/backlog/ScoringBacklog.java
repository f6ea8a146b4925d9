package io.readyroom.scoring.backlog;

import java.time.Duration;
import java.time.Instant;

import io.readyroom.support.kafka.TopicLag;
import org.jspecify.annotations.Nullable;

/**
 * Answers acknowledged to learners and not yet scored, all of them, not one learner's.
 *
 * @param answersWaiting answers on the topic scoring has not finished; null before
 * scoring has read any
 * @param answersScoredPerSecond scoring's pace over the last minute
 * @param estimatedWaitSeconds how long the waiting answers take at that pace, rounded up;
 * null when it cannot be told (nothing measured, or answers wait and none has been scored
 * within the minute)
 * @param measuredAt when the figures were read from Kafka
 */
record ScoringBacklog(@Nullable Long answersWaiting, double answersScoredPerSecond, @Nullable Long estimatedWaitSeconds,
		@Nullable Instant measuredAt) {

	static ScoringBacklog of(TopicLag lag) {
		Long waitSeconds = lag.estimatedWait().map(ScoringBacklog::secondsRoundedUp).orElse(null);
		return new ScoringBacklog(lag.waiting(), lag.consumedPerSecond(), waitSeconds, lag.measuredAt());
	}

	static ScoringBacklog notMeasured() {
		return new ScoringBacklog(null, 0, null, null);
	}

	private static long secondsRoundedUp(Duration wait) {
		return (wait.toMillis() + 999) / 1000;
	}

}
