package io.readyroom.session.answer;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import io.readyroom.support.kafka.EventNotPublishedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Publishes answers that were stored but never published and that nobody resent: the
 * service was killed between storing and publishing, or Kafka did not take the answer and
 * the learner left. Without this, session-service would keep an answer Kafka never saw,
 * which also holds its question against any other answer. An answer unpublished at two
 * looks in a row (by default 30 s apart) is stranded: a submission in flight publishes
 * within its publish timeout. A resend racing this publishes the same event, which
 * downstream counts once.
 */
@Component
class StrandedAnswers {

	private static final Logger log = LoggerFactory.getLogger(StrandedAnswers.class);

	private final MongoTemplate mongo;

	private final AnswerSubmissions submissions;

	private Set<String> unpublishedAtLastLook = Set.of();

	StrandedAnswers(MongoTemplate mongo, AnswerSubmissions submissions) {
		this.mongo = mongo;
		this.submissions = submissions;
	}

	@Scheduled(fixedDelayString = "${readyroom.session.stranded-answers.check-every:30s}")
	void publishStranded() {
		List<SubmittedAnswer> unpublished = this.mongo
			.find(Query.query(Criteria.where("published").is(false)).limit(100), SubmittedAnswer.class);
		Set<String> stillUnpublished = new HashSet<>();
		for (SubmittedAnswer answer : unpublished) {
			if (!this.unpublishedAtLastLook.contains(answer.answerId()) || !publish(answer)) {
				stillUnpublished.add(answer.answerId());
			}
		}
		this.unpublishedAtLastLook = stillUnpublished;
	}

	private boolean publish(SubmittedAnswer answer) {
		try {
			this.submissions.finishStranded(answer);
			log.info("Published answer {}, stored but never published nor resent", answer.answerId());
			return true;
		}
		catch (EventNotPublishedException ex) {
			log.warn("Answer {} is still unpublished: {}", answer.answerId(), ex.getMessage());
			return false;
		}
	}

}
