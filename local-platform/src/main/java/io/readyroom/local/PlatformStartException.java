package io.readyroom.local;

/**
 * The platform could not start; the message says what failed and what to do about it.
 */
public class PlatformStartException extends RuntimeException {

	PlatformStartException(String message) {
		super(message);
	}

	PlatformStartException(String message, Throwable cause) {
		super(message, cause);
	}

}
