package io.readyroom.analytics.profile;

import java.util.List;

import io.readyroom.analytics.score.ScoreRecorder;
import io.readyroom.contracts.AnswerScored;

import org.springframework.stereotype.Service;

/**
 * Stores a batch of scores in one bulk write, then folds them into their learners'
 * profiles, once per learner. Whatever the batch held before (a redelivery, a replay) is
 * stored the same way and folds to no change.
 */
@Service
class ScoreBatches {

	private final ScoreRecorder scores;

	private final ScoreFolds folds;

	ScoreBatches(ScoreRecorder scores, ScoreFolds folds) {
		this.scores = scores;
		this.folds = folds;
	}

	void record(List<AnswerScored> batch) {
		if (batch.isEmpty()) {
			return;
		}
		this.scores.recordAll(batch);
		this.folds.fold(FoldRequest.perLearner(batch));
	}

}
