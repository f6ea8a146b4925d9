package io.readyroom.session.answer;

import java.util.List;

import io.readyroom.contracts.Topics;
import io.readyroom.session.learnerdata.LearnerDataStore;
import io.readyroom.support.kafka.EventPublisher;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * Removes an erased learner's answers, here and on the answers topic: a tombstone per
 * answer first, so that if Kafka does not take them the answers stay here to be erased
 * again.
 */
@Component
class AnswerErasure implements LearnerDataStore {

	private final MongoTemplate mongo;

	private final EventPublisher events;

	AnswerErasure(MongoTemplate mongo, EventPublisher events) {
		this.mongo = mongo;
		this.events = events;
	}

	@Override
	public long erase(String programId, String learnerId) {
		Query theirs = theirs(programId, learnerId);
		List<String> answerIds = this.mongo.findDistinct(theirs, "_id", SubmittedAnswer.class, String.class);
		if (answerIds.isEmpty()) {
			return 0;
		}
		this.events.eraseRecords(Topics.ANSWERS, learnerId, answerIds);
		return this.mongo.remove(theirs, SubmittedAnswer.class).getDeletedCount();
	}

	@Override
	public boolean holds(String programId, String learnerId) {
		return this.mongo.exists(theirs(programId, learnerId), SubmittedAnswer.class);
	}

	private static Query theirs(String programId, String learnerId) {
		return Query.query(Criteria.where("programId").is(programId).and("learnerId").is(learnerId));
	}

}
