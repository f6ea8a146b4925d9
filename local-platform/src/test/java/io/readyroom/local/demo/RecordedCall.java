package io.readyroom.local.demo;

import java.util.Map;

import tools.jackson.databind.JsonNode;

/**
 * A request the fake platform received.
 *
 * @param method e.g. {@code POST}
 * @param path without the query
 * @param query the raw query, empty when there is none
 * @param caller whose token it carried ({@code token-for-<username>}), empty without one
 * @param body the request body as sent
 */
record RecordedCall(String method, String path, String query, String caller, String body) {

	boolean is(String method, String pathPattern) {
		return this.method.equals(method) && this.path.matches(pathPattern);
	}

	JsonNode json() {
		return ServiceClient.JSON.readTree(this.body);
	}

	@SuppressWarnings("unchecked")
	Map<String, Object> fields() {
		return ServiceClient.JSON.readValue(this.body, Map.class);
	}

}
