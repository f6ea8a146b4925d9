package io.readyroom.local.demo;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

import com.sun.net.httpserver.HttpExchange;

/** Reading and answering requests in the fake platform. */
final class Exchanges {

	static final String TOKEN_PREFIX = "token-for-";

	private Exchanges() {
	}

	static String body(HttpExchange exchange) {
		try {
			return new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The user whose token the request carries; empty without one. */
	static String caller(HttpExchange exchange) {
		String authorization = exchange.getRequestHeaders().getFirst("Authorization");
		String bearer = "Bearer " + TOKEN_PREFIX;
		return (authorization != null && authorization.startsWith(bearer)) ? authorization.substring(bearer.length())
				: "";
	}

	static Map<String, String> query(URI uri) {
		return form(uri.getRawQuery());
	}

	static Map<String, String> form(String encoded) {
		Map<String, String> fields = new HashMap<>();
		if (encoded == null || encoded.isEmpty()) {
			return fields;
		}
		for (String pair : encoded.split("&")) {
			int equals = pair.indexOf('=');
			fields.put(decode((equals < 0) ? pair : pair.substring(0, equals)),
					decode((equals < 0) ? "" : pair.substring(equals + 1)));
		}
		return fields;
	}

	static void json(HttpExchange exchange, int status, String body) {
		respond(exchange, status, "application/json", body);
	}

	static void problem(HttpExchange exchange, int status, String title, String detail) {
		respond(exchange, status, "application/problem+json", ServiceClient.JSON
			.writeValueAsString(Map.of("type", "about:blank", "status", status, "title", title, "detail", detail)));
	}

	static void redirect(HttpExchange exchange, String location) {
		exchange.getResponseHeaders().add("Location", location);
		respond(exchange, 302, "text/plain", "");
	}

	static void respond(HttpExchange exchange, int status, String contentType, String body) {
		byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
		try {
			exchange.getResponseHeaders().add("Content-Type", contentType);
			exchange.sendResponseHeaders(status, (bytes.length == 0) ? -1 : bytes.length);
			if (bytes.length > 0) {
				try (OutputStream out = exchange.getResponseBody()) {
					out.write(bytes);
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			exchange.close();
		}
	}

	private static String decode(String value) {
		return URLDecoder.decode(value, StandardCharsets.UTF_8);
	}

}
