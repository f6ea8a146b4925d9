package io.readyroom.analytics.profile;

import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.readyroom.analytics.erasure.ErasedLearners;
import io.readyroom.analytics.score.ScoreRecorder;
import io.readyroom.contracts.AnswerScored;
import io.readyroom.support.metrics.PipelineMeters;

import org.springframework.stereotype.Service;

/**
 * Stores a batch of scores in one bulk write, then folds them into their learners'
 * profiles, once per learner. Whatever the batch held before (a redelivery, a replay) is
 * stored the same way and folds to no change. Scores of erased learners are dropped: they
 * were in flight when the learner was erased, or are delivered again.
 */
@Service
class ScoreBatches {

	private final ScoreRecorder scores;

	private final ScoreFolds folds;

	private final ErasedLearners erased;

	private final Clock clock;

	private final Counter countedAnswers;

	private final PipelineMeters.Latency inProfile;

	ScoreBatches(ScoreRecorder scores, ScoreFolds folds, ErasedLearners erased, Clock clock, MeterRegistry registry) {
		this.scores = scores;
		this.folds = folds;
		this.erased = erased;
		this.clock = clock;
		this.countedAnswers = PipelineMeters.answers("counted", registry);
		this.inProfile = PipelineMeters.latency("profile", registry);
	}

	void record(List<AnswerScored> delivered) {
		List<AnswerScored> batch = this.erased.withoutErased(delivered, AnswerScored::programId,
				AnswerScored::learnerId);
		if (batch.isEmpty()) {
			return;
		}
		this.scores.recordAll(batch);
		Set<String> counted = this.folds.fold(FoldRequest.perLearner(batch));
		this.erased.recheck(batch, AnswerScored::programId, AnswerScored::learnerId);
		measure(batch, counted);
	}

	/** Only what this batch counted: a redelivered score changed nothing. */
	private void measure(List<AnswerScored> batch, Set<String> counted) {
		Instant now = this.clock.instant();
		Set<String> measured = new HashSet<>();
		for (AnswerScored scored : batch) {
			if (counted.contains(scored.answerId()) && measured.add(scored.answerId())) {
				this.inProfile.since(scored.submittedAt(), now);
			}
		}
		this.countedAnswers.increment(measured.size());
	}

}
