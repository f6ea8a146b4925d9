package io.readyroom.local.demo;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * A call to a service failed; the message names the call and, for a refusal, the
 * service's problem detail.
 */
class ServiceCallException extends RuntimeException {

	private static final int MAX_BODY = 300;

	ServiceCallException(String message) {
		super(message);
	}

	ServiceCallException(String message, Throwable cause) {
		super(message, cause);
	}

	/**
	 * @param call e.g. {@code session-service POST /api/sessions}
	 * @param status the HTTP status it answered
	 * @param body the answer, an RFC 9457 problem or anything else
	 */
	static ServiceCallException refused(String call, int status, String body) {
		return new ServiceCallException(call + " answered " + status + reasonOf(body));
	}

	private static String reasonOf(String body) {
		if (body.isBlank()) {
			return "";
		}
		try {
			JsonNode problem = ServiceClient.JSON.readTree(body);
			String title = problem.path("title").asString("");
			String detail = problem.path("detail").asString("");
			if (!title.isEmpty() || !detail.isEmpty()) {
				return " " + title + (detail.isEmpty() ? "" : ": " + detail);
			}
		}
		catch (JacksonException ex) {
			// not a problem document; its text says what went wrong
		}
		String text = body.strip();
		return ": " + ((text.length() <= MAX_BODY) ? text : text.substring(0, MAX_BODY) + " ...");
	}

}
