package io.readyroom.scoring.answer;

import io.readyroom.support.kafka.EventStreamProperties;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * How many consumers score answers in one instance, read by the answer listener's
 * concurrency. One per partition by default: a partition is consumed by one consumer of
 * the group at a time, so more would sit idle, and fewer leave cores unused when scoring,
 * which is CPU-bound, could use them.
 */
@Component
@EnableConfigurationProperties(AnswerConsumerSettings.class)
public class AnswerConsumers {

	private final int count;

	AnswerConsumers(AnswerConsumerSettings settings, EventStreamProperties events) {
		Integer consumers = settings.consumers();
		this.count = (consumers != null) ? consumers : events.partitions();
		if (this.count < 1) {
			throw new IllegalArgumentException(
					"readyroom.scoring.answers.consumers must be at least 1, was " + this.count);
		}
	}

	public int count() {
		return this.count;
	}

}
