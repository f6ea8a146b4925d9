package io.readyroom.local.identity;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * The redirect back to the client that ends the authorization request: a code, or the
 * reason there is none.
 */
final class AuthorizationCallback {

	private AuthorizationCallback() {
	}

	/**
	 * @param callback the redirect's location
	 * @param expectedState the state the request was sent with
	 * @return the authorization code
	 * @throws SignInException if the server refused, or the state is not the request's
	 */
	static String codeFrom(URI callback, String expectedState) {
		Map<String, String> parameters = queryOf(callback);
		String error = parameters.get("error");
		if (error != null) {
			String description = parameters.get("error_description");
			throw new SignInException("The identity server refused to authorize the command-line client: " + error
					+ ((description != null) ? " (" + description + ")" : ""));
		}
		if (!expectedState.equals(parameters.get("state"))) {
			throw new SignInException("The identity server answered another authorization request than ours");
		}
		String code = parameters.get("code");
		if (code == null || code.isBlank()) {
			throw new SignInException("The identity server redirected back without a code: " + callback);
		}
		return code;
	}

	static Map<String, String> queryOf(URI uri) {
		Map<String, String> parameters = new HashMap<>();
		String query = uri.getRawQuery();
		if (query == null) {
			return parameters;
		}
		for (String pair : query.split("&")) {
			int equals = pair.indexOf('=');
			String name = (equals < 0) ? pair : pair.substring(0, equals);
			String value = (equals < 0) ? "" : pair.substring(equals + 1);
			parameters.putIfAbsent(decode(name), decode(value));
		}
		return parameters;
	}

	private static String decode(String value) {
		return URLDecoder.decode(value, StandardCharsets.UTF_8);
	}

}
