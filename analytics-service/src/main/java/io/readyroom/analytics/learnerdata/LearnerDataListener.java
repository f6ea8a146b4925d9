package io.readyroom.analytics.learnerdata;

import io.readyroom.contracts.LearnerDataEvent;
import io.readyroom.contracts.LearnerErasureRequested;
import io.readyroom.contracts.Topics;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Carries out erasures. The other events on the topic ask nothing of analytics: a
 * completion is a service's answer (this one's among them), and expired answer text is
 * none of its business, since it keeps no answer text: scores carry verdicts, statements
 * the answer's id.
 */
@Component
class LearnerDataListener {

	private final LearnerErasure erasure;

	LearnerDataListener(LearnerErasure erasure) {
		this.erasure = erasure;
	}

	@KafkaListener(topics = Topics.LEARNER_DATA,
			properties = "spring.json.value.default.type=io.readyroom.contracts.LearnerDataEvent")
	void on(LearnerDataEvent event) {
		if (event instanceof LearnerErasureRequested requested) {
			this.erasure.erase(requested);
		}
	}

}
