package io.readyroom.session.erasure;

import io.readyroom.contracts.LearnerDataEvent;
import io.readyroom.contracts.LearnerErasureCompleted;
import io.readyroom.contracts.Topics;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Sets each service's word that it has erased a learner on the erasure's receipt. The
 * other events on the topic are session-service's own, or not about erasure.
 */
@Component
class ErasureCompletionsListener {

	private final ErasureReceipts receipts;

	ErasureCompletionsListener(ErasureReceipts receipts) {
		this.receipts = receipts;
	}

	@KafkaListener(topics = Topics.LEARNER_DATA,
			properties = "spring.json.value.default.type=io.readyroom.contracts.LearnerDataEvent")
	void on(LearnerDataEvent event) {
		if (event instanceof LearnerErasureCompleted completed) {
			this.receipts.completed(completed);
		}
	}

}
