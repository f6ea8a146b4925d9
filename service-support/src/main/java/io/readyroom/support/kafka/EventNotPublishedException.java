package io.readyroom.support.kafka;

import io.readyroom.contracts.ReadyroomEvent;

/**
 * Kafka did not acknowledge an event; whatever depended on it must not be acknowledged
 * either.
 */
public class EventNotPublishedException extends RuntimeException {

	EventNotPublishedException(ReadyroomEvent event, Throwable cause) {
		this(event.type() + " " + event.eventId(), cause);
	}

	EventNotPublishedException(String what, Throwable cause) {
		super("Kafka did not acknowledge " + what, cause);
	}

}
