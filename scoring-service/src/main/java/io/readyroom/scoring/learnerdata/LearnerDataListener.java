package io.readyroom.scoring.learnerdata;

import io.readyroom.contracts.AnswerTextExpired;
import io.readyroom.contracts.LearnerDataEvent;
import io.readyroom.contracts.LearnerErasureRequested;
import io.readyroom.contracts.Topics;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Carries out the program's decisions about its learners' data. The completions every
 * service publishes on the same topic, this one's included, are for session-service's
 * receipts and are passed over.
 */
@Component
class LearnerDataListener {

	private final LearnerErasure erasure;

	private final AnswerTextExpiry expiry;

	LearnerDataListener(LearnerErasure erasure, AnswerTextExpiry expiry) {
		this.erasure = erasure;
		this.expiry = expiry;
	}

	@KafkaListener(topics = Topics.LEARNER_DATA,
			properties = "spring.json.value.default.type=io.readyroom.contracts.LearnerDataEvent")
	void on(LearnerDataEvent event) {
		if (event instanceof LearnerErasureRequested requested) {
			this.erasure.erase(requested);
		}
		else if (event instanceof AnswerTextExpired expired) {
			this.expiry.expire(expired);
		}
	}

}
