package io.readyroom.session.retention;

import java.time.Clock;
import java.time.Instant;

import io.readyroom.contracts.AnswerTextExpired;
import io.readyroom.contracts.Topics;
import io.readyroom.session.answer.AnswerTextExpiry;
import io.readyroom.support.kafka.EventPublisher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Applies every limited retention period on schedule: removes the expired answer text
 * session-service keeps, then tells the other services to remove theirs. The event goes
 * out on every sweep, not only when text expired here, so a service that missed one
 * catches up with the next.
 */
@Component
class RetentionSweep {

	private static final Logger log = LoggerFactory.getLogger(RetentionSweep.class);

	private final RetentionPolicies policies;

	private final AnswerTextExpiry answers;

	private final EventPublisher events;

	private final Clock clock;

	RetentionSweep(RetentionPolicies policies, AnswerTextExpiry answers, EventPublisher events, Clock clock) {
		this.policies = policies;
		this.answers = answers;
		this.events = events;
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${readyroom.session.retention.sweep-every:1h}",
			initialDelayString = "${readyroom.session.retention.sweep-every:1h}")
	void sweep() {
		Instant now = this.clock.instant();
		for (RetentionPolicy policy : this.policies.limited()) {
			policy.textExpiresBefore(now).ifPresent((before) -> expire(policy.programId(), before));
		}
	}

	private void expire(String programId, Instant submittedBefore) {
		long expired = this.answers.expire(programId, submittedBefore);
		this.events.publish(Topics.LEARNER_DATA, AnswerTextExpired.of(programId, submittedBefore));
		if (expired > 0) {
			log.info("Removed the text of {} answers of program {} submitted before {}", expired, programId,
					submittedBefore);
		}
	}

}
