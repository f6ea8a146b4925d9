package io.readyroom.scoring.answer;

import java.util.List;
import java.util.stream.Stream;

import io.readyroom.contracts.AnswerSubmitted;

import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.FindAndReplaceOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * Keeps the answers of a batch for later re-scoring in one bulk write, and reads them
 * back to re-score. Each is stored under its answer id, so keeping a redelivered answer
 * again changes nothing.
 */
@Component
class ReceivedAnswers {

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

	/** The answers to a question; the caller closes the stream. */
	Stream<ReceivedAnswer> toQuestion(String questionId) {
		return this.mongo.stream(Query.query(Criteria.where("questionId").is(questionId)), ReceivedAnswer.class);
	}

}
