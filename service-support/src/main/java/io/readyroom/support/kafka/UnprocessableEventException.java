package io.readyroom.support.kafka;

/**
 * Thrown by a listener for an event that will never succeed however often it is retried
 * (it refers to something that cannot exist, say). It goes straight to the dead-letter
 * topic with this message as the reason.
 */
public class UnprocessableEventException extends RuntimeException {

	public UnprocessableEventException(String reason) {
		super(reason);
	}

}
