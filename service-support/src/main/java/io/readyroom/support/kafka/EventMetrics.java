package io.readyroom.support.kafka;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Counters of the event flow through a service, tagged by topic:
 * {@code readyroom.events.consumed}, {@code readyroom.events.produced} (with
 * {@code outcome}) and {@code readyroom.events.dead.lettered} (with the {@code reason}'s
 * exception type).
 */
public class EventMetrics {

	private final MeterRegistry registry;

	EventMetrics(MeterRegistry registry) {
		this.registry = registry;
	}

	void consumed(String topic) {
		Counter.builder("readyroom.events.consumed")
			.description("Events this service processed successfully")
			.tag("topic", topic)
			.register(this.registry)
			.increment();
	}

	void produced(String topic, boolean acknowledged) {
		Counter.builder("readyroom.events.produced")
			.description("Events this service sent to Kafka")
			.tag("topic", topic)
			.tag("outcome", acknowledged ? "acknowledged" : "failed")
			.register(this.registry)
			.increment();
	}

	void deadLettered(String topic, Throwable reason) {
		Counter.builder("readyroom.events.dead.lettered")
			.description("Events this service could not process and sent to the dead-letter topic")
			.tag("topic", topic)
			.tag("reason", rootCause(reason).getClass().getSimpleName())
			.register(this.registry)
			.increment();
	}

	static Throwable rootCause(Throwable failure) {
		Throwable cause = failure;
		while (cause.getCause() != null && cause.getCause() != cause) {
			cause = cause.getCause();
		}
		return cause;
	}

}
