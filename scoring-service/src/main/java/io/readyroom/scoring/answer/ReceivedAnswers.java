package io.readyroom.scoring.answer;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import io.readyroom.contracts.AnswerSubmitted;

import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.FindAndReplaceOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Keeps the answers of a batch for later re-scoring in one bulk write, and reads them
 * back to re-score. Each is stored under its answer id, so keeping a redelivered answer
 * again changes nothing. Removes a learner's answers, or the text of a program's old
 * answers, when the program asks.
 */
@Component
public class ReceivedAnswers {

	private final MongoTemplate mongo;

	ReceivedAnswers(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	void keepAll(List<AnswerSubmitted> answers) {
		if (answers.isEmpty()) {
			return;
		}
		BulkOperations writes = this.mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, ReceivedAnswer.class);
		answers.forEach((answer) -> writes.replaceOne(Query.query(Criteria.where("_id").is(answer.answerId())),
				ReceivedAnswer.of(answer), FindAndReplaceOptions.options().upsert()));
		writes.execute();
	}

	/**
	 * The answers to a question that can be scored again: those whose text has expired
	 * are skipped. The caller closes the stream.
	 */
	Stream<ReceivedAnswer> toQuestion(String questionId) {
		return this.mongo.stream(
				Query.query(Criteria.where("questionId").is(questionId).and("answerTextRemoved").ne(true)),
				ReceivedAnswer.class);
	}

	/** Which of {@code answerIds} were received before and have lost their text since. */
	Set<String> textRemovedAmong(List<String> answerIds) {
		if (answerIds.isEmpty()) {
			return Set.of();
		}
		return this.mongo
			.findDistinct(Query.query(Criteria.where("_id").in(answerIds).and("answerTextRemoved").is(true)), "_id",
					ReceivedAnswer.class, String.class)
			.stream()
			.collect(Collectors.toSet());
	}

	/** The ids of the learner's received answers in the program. */
	public Set<String> answerIdsOf(String programId, String learnerId) {
		return this.mongo.findDistinct(ofLearner(programId, learnerId), "_id", ReceivedAnswer.class, String.class)
			.stream()
			.collect(Collectors.toSet());
	}

	/**
	 * Removes the learner's received answers in the program.
	 * @return how many were removed
	 */
	public long eraseLearner(String programId, String learnerId) {
		return this.mongo.remove(ofLearner(programId, learnerId), ReceivedAnswer.class).getDeletedCount();
	}

	/**
	 * Removes the text of the program's answers submitted before {@code instant}; the
	 * rest of each answer stays, marked so that it is not scored again.
	 * @return how many answers lost their text now; 0 when they had lost it before
	 */
	public long expireText(String programId, Instant instant) {
		Query withText = Query.query(Criteria.where("event.programId")
			.is(programId)
			.and("event.occurredAt")
			.lt(instant)
			.and("answerTextRemoved")
			.ne(true));
		return this.mongo
			.updateMulti(withText, new Update().unset("event.answerText").set("answerTextRemoved", true),
					ReceivedAnswer.class)
			.getModifiedCount();
	}

	private static Query ofLearner(String programId, String learnerId) {
		return Query.query(Criteria.where("event.programId").is(programId).and("event.learnerId").is(learnerId));
	}

}
