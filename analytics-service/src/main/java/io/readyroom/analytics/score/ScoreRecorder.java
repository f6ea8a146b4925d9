package io.readyroom.analytics.score;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.mongodb.bulk.BulkWriteError;
import io.readyroom.contracts.AnswerScored;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.BulkOperationException;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.BulkOperations.BulkMode;
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
 * <p>
 * A batch of scores is stored the same way in one unordered bulk write: one conditional
 * upsert per answer, the store refusing (duplicate key) exactly those whose answer holds
 * a newer rubric version's score. Within a batch an answer's scores are first reduced to
 * the one a sequential pass would leave (the highest rubric version, the later of equal
 * ones), since an unordered bulk write may apply two writes of one answer in any order.
 */
@Service
public class ScoreRecorder {

	private static final String QUESTION_VERSION = "questionVersion";

	private static final int DUPLICATE_KEY = 11000;

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
		try {
			// the store inserts when nothing matches, and refuses the insert when the
			// answer is stored with a newer rubric version's score
			this.mongo.upsert(notNewer(event), machinePart(ScoredAnswer.of(event)), ScoredAnswer.class);
		}
		catch (DuplicateKeyException ex) {
			return false;
		}
		// after the score is stored, so a review stored meanwhile is not missed
		this.reviews.applyStoredReview(event.answerId());
		return true;
	}

	/**
	 * Stores each answer's score of the batch unless a newer rubric version's score is
	 * already there, then applies the stored reviews of the batch's answers.
	 * @return the ids of the batch's answers, each once
	 */
	public Collection<String> recordAll(List<AnswerScored> events) {
		Map<String, AnswerScored> latest = latestPerAnswer(events);
		if (latest.isEmpty()) {
			return List.of();
		}
		BulkOperations bulk = this.mongo.bulkOps(BulkMode.UNORDERED, ScoredAnswer.class);
		latest.values().forEach((event) -> bulk.upsert(notNewer(event), machinePart(ScoredAnswer.of(event))));
		try {
			bulk.execute();
		}
		catch (BulkOperationException ex) {
			rethrowUnlessOnlyNewerVersionsRefused(ex);
		}
		// after the scores are stored, so a review stored meanwhile is not missed
		this.reviews.applyStoredReviews(latest.keySet());
		return latest.keySet();
	}

	/** The sessions the learner's stored answers were given in. */
	public Set<String> sessionsOf(String programId, String learnerId) {
		return Set.copyOf(this.mongo.findDistinct(
				Query.query(Criteria.where("programId").is(programId).and("learnerId").is(learnerId)), "sessionId",
				ScoredAnswer.class, String.class));
	}

	/**
	 * Removes the learner's scored answers in the program, with their reviews and the
	 * marks of what the profile counted them for.
	 * @return how many answers were removed
	 */
	public long removeLearner(String programId, String learnerId) {
		return this.mongo
			.remove(Query.query(Criteria.where("programId").is(programId).and("learnerId").is(learnerId)),
					ScoredAnswer.class)
			.getDeletedCount();
	}

	private static Map<String, AnswerScored> latestPerAnswer(List<AnswerScored> events) {
		Map<String, AnswerScored> latest = new LinkedHashMap<>();
		for (AnswerScored event : events) {
			latest.merge(event.answerId(), event,
					(kept, later) -> (later.questionVersion() >= kept.questionVersion()) ? later : kept);
		}
		return latest;
	}

	private static void rethrowUnlessOnlyNewerVersionsRefused(BulkOperationException ex) {
		for (BulkWriteError error : ex.getErrors()) {
			if (error.getCode() != DUPLICATE_KEY) {
				throw ex;
			}
		}
	}

	private static Query notNewer(AnswerScored event) {
		return Query.query(Criteria.where("_id")
			.is(event.answerId())
			.orOperator(Criteria.where(QUESTION_VERSION).lte(event.questionVersion()),
					Criteria.where(QUESTION_VERSION).exists(false)));
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
