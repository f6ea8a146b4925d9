package io.readyroom.analytics.score;

import io.readyroom.contracts.AnswerScored;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

/**
 * Keeps the machine's score that counts per answer. Read-then-write is safe here because
 * one learner's scores arrive in order on one partition and are handled by one consumer
 * at a time. Only the machine's fields are written: the answer's review, which the review
 * listener may write at the same time, is left as it is, and a review that arrived before
 * the score is applied once the score is stored.
 */
@Service
public class ScoreRecorder {

	private final ScoredAnswerRepository answers;

	private final MongoTemplate mongo;

	private final ReviewRecorder reviews;

	ScoreRecorder(ScoredAnswerRepository answers, MongoTemplate mongo, ReviewRecorder reviews) {
		this.answers = answers;
		this.mongo = mongo;
		this.reviews = reviews;
	}

	/**
	 * Stores the score unless a newer rubric version's score is already there.
	 * @return whether the stored score is now this event's
	 */
	public boolean record(AnswerScored event) {
		boolean counts = this.answers.findById(event.answerId())
			.map((stored) -> stored.isSupersededBy(event))
			.orElse(true);
		if (counts) {
			this.mongo.upsert(Query.query(Criteria.where("_id").is(event.answerId())),
					machinePart(ScoredAnswer.of(event)), ScoredAnswer.class);
			// after the score is stored, so a review stored meanwhile is not missed
			this.reviews.applyStoredReview(event.answerId());
		}
		return counts;
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
