package io.readyroom.analytics.score;

import io.readyroom.contracts.AnswerScored;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

/**
 * Keeps the machine's score that counts per answer, with one write conditional on the
 * stored score's rubric version, so that two consumers handling the same learner's scores
 * at once (one about to lose the partition, one just given it) cannot put an older
 * version's score back. Only the machine's fields are written: the answer's review, which
 * the review listener may write at the same time, is left as it is, and a review that
 * arrived before the score is applied once the score is stored.
 */
@Service
public class ScoreRecorder {

	private static final String QUESTION_VERSION = "questionVersion";

	private final MongoTemplate mongo;

	private final ReviewRecorder reviews;

	ScoreRecorder(MongoTemplate mongo, ReviewRecorder reviews) {
		this.mongo = mongo;
		this.reviews = reviews;
	}

	/**
	 * Stores the score unless a newer rubric version's score is already there.
	 * @return whether the stored score is now this event's
	 */
	public boolean record(AnswerScored event) {
		Query notNewer = Query.query(Criteria.where("_id")
			.is(event.answerId())
			.orOperator(Criteria.where(QUESTION_VERSION).lte(event.questionVersion()),
					Criteria.where(QUESTION_VERSION).exists(false)));
		try {
			// the store inserts when nothing matches, and refuses the insert when the
			// answer is stored with a newer rubric version's score
			this.mongo.upsert(notNewer, machinePart(ScoredAnswer.of(event)), ScoredAnswer.class);
		}
		catch (DuplicateKeyException ex) {
			return false;
		}
		// after the score is stored, so a review stored meanwhile is not missed
		this.reviews.applyStoredReview(event.answerId());
		return true;
	}

	/** Every field but the review, nulls included, so a re-score replaces them all. */
	private static Update machinePart(ScoredAnswer answer) {
		return new Update().set("learnerId", answer.learnerId())
			.set("programId", answer.programId())
			.set("cohortId", answer.cohortId())
			.set("sessionId", answer.sessionId())
			.set("questionId", answer.questionId())
			.set("questionVersion", answer.questionVersion())
			.set("machineScore", answer.machineScore())
			.set("machineCompetencyScores", answer.machineCompetencyScores())
			.set("machineKeyPoints", answer.machineKeyPoints())
			.set("submittedAt", answer.submittedAt())
			.set("scorerVersion", answer.scorerVersion());
	}

}
