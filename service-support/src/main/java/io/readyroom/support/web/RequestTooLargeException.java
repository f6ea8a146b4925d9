package io.readyroom.support.web;

import java.io.IOException;

/** A request body grew past the size limit while it was read. */
class RequestTooLargeException extends IOException {

	private final long maxBytes;

	RequestTooLargeException(long maxBytes) {
		super("The request body is larger than " + maxBytes + " bytes.");
		this.maxBytes = maxBytes;
	}

	long maxBytes() {
		return this.maxBytes;
	}

}
