package io.readyroom.session.answer;

import java.util.List;

import io.readyroom.contracts.Topics;
import io.readyroom.session.learnerdata.ProgramLearnerDocuments;
import io.readyroom.support.kafka.EventPublisher;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * Removes an erased learner's answers, here and on the answers topic: a tombstone per
 * answer first, so that if Kafka does not take them the answers stay here to be erased
 * again.
 */
@Component
class AnswerErasure extends ProgramLearnerDocuments {

	private final MongoTemplate mongo;

	private final EventPublisher events;

	AnswerErasure(MongoTemplate mongo, EventPublisher events) {
		super(mongo, SubmittedAnswer.class);
		this.mongo = mongo;
		this.events = events;
	}

	@Override
	public long erase(String programId, String learnerId) {
		List<String> answerIds = this.mongo.findDistinct(theirs(programId, learnerId), "_id", SubmittedAnswer.class,
				String.class);
		if (answerIds.isEmpty()) {
			return 0;
		}
		this.events.eraseRecords(Topics.ANSWERS, learnerId, answerIds);
		return super.erase(programId, learnerId);
	}

}
