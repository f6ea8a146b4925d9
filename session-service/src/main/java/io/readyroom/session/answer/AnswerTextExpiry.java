package io.readyroom.session.answer;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import io.readyroom.contracts.Topics;
import io.readyroom.support.kafka.EventPublisher;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Removes the text of a program's answers once its retention period has passed: here, and
 * from the answers topic by a tombstone per answer. The answers stay, without their
 * words; only published answers expire, so no text is dropped before Kafka has it.
 */
@Component
public class AnswerTextExpiry {

	private static final int BATCH = 500;

	private final MongoTemplate mongo;

	private final EventPublisher events;

	AnswerTextExpiry(MongoTemplate mongo, EventPublisher events) {
		this.mongo = mongo;
		this.events = events;
	}

	/**
	 * @return how many answers lost their text now; 0 when none had it any more
	 */
	public long expire(String programId, Instant submittedBefore) {
		long expired = 0;
		List<SubmittedAnswer> batch;
		do {
			batch = this.mongo.find(expiring(programId, submittedBefore), SubmittedAnswer.class);
			expire(batch);
			expired += batch.size();
		}
		while (batch.size() == BATCH);
		return expired;
	}

	private void expire(List<SubmittedAnswer> answers) {
		Map<String, List<String>> byLearner = answers.stream()
			.collect(Collectors.groupingBy(SubmittedAnswer::learnerId,
					Collectors.mapping(SubmittedAnswer::answerId, Collectors.toList())));
		byLearner.forEach((learnerId, answerIds) -> this.events.eraseRecords(Topics.ANSWERS, learnerId, answerIds));
		List<String> answerIds = answers.stream().map(SubmittedAnswer::answerId).toList();
		this.mongo.updateMulti(Query.query(Criteria.where("_id").in(answerIds)), Update.update("text", null),
				SubmittedAnswer.class);
	}

	private static Query expiring(String programId, Instant submittedBefore) {
		Query query = Query
			.query(Criteria.where("programId")
				.is(programId)
				.and("submittedAt")
				.lt(submittedBefore)
				.and("published")
				.is(true)
				.and("text")
				.ne(null))
			.with(Sort.by("submittedAt"))
			.limit(BATCH);
		query.fields().include("learnerId");
		return query;
	}

}
