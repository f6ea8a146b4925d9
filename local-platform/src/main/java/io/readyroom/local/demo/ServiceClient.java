package io.readyroom.local.demo;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * JSON over HTTP to one service, as the bearer of a token. Every failure becomes a
 * {@link ServiceCallException} that names the service and the call.
 */
final class ServiceClient {

	static final JsonMapper JSON = JsonMapper.builder().build();

	// a submitted answer waits for Kafka's acknowledgement; slack for a busy first minute
	private static final Duration TIMEOUT = Duration.ofSeconds(30);

	private final String name;

	private final URI base;

	private final HttpClient http;

	/**
	 * @param name the service's name in messages, e.g. {@code session-service}
	 * @param base its base URL
	 */
	ServiceClient(String name, URI base, HttpClient http) {
		this.name = name;
		this.base = base;
		this.http = http;
	}

	/** GET that must answer 200. */
	JsonNode get(String path, String token) {
		return bodyOf(require(send("GET", path, null, token), "GET", path));
	}

	/**
	 * GET that answers 200, or {@code absentStatus} when there is nothing to read.
	 */
	Optional<JsonNode> find(String path, String token, int absentStatus) {
		HttpResponse<String> response = send("GET", path, null, token);
		if (response.statusCode() == absentStatus) {
			return Optional.empty();
		}
		return Optional.of(bodyOf(require(response, "GET", path)));
	}

	/** POST of a JSON body (none when null) that must answer 2xx. */
	JsonNode post(String path, @Nullable Object body, String token) {
		return bodyOf(require(send("POST", path, body, token), "POST", path));
	}

	/** PUT of a JSON body that must answer 2xx. */
	JsonNode put(String path, Object body, String token) {
		return bodyOf(require(send("PUT", path, body, token), "PUT", path));
	}

	private HttpResponse<String> send(String method, String path, @Nullable Object body, String token) {
		HttpRequest.Builder request = HttpRequest.newBuilder(this.base.resolve(path))
			.timeout(TIMEOUT)
			.header("Authorization", "Bearer " + token)
			.header("Accept", "application/json");
		if (body != null) {
			request.header("Content-Type", "application/json")
				.method(method, HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
		}
		else {
			request.method(method, HttpRequest.BodyPublishers.noBody());
		}
		try {
			return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (ConnectException | HttpConnectTimeoutException ex) {
			throw new ServiceCallException("No " + this.name + " answers at " + this.base, ex);
		}
		catch (IOException ex) {
			throw new ServiceCallException(callOf(method, path) + " failed: " + ex, ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new ServiceCallException(callOf(method, path) + " was interrupted", ex);
		}
	}

	private HttpResponse<String> require(HttpResponse<String> response, String method, String path) {
		if (response.statusCode() / 100 != 2) {
			throw ServiceCallException.refused(callOf(method, path), response.statusCode(), response.body());
		}
		return response;
	}

	private JsonNode bodyOf(HttpResponse<String> response) {
		String body = response.body();
		if (body.isBlank()) {
			return JSON.missingNode();
		}
		try {
			return JSON.readTree(body);
		}
		catch (JacksonException ex) {
			throw new ServiceCallException(callOf(response.request().method(), response.uri().getPath())
					+ " answered something other than JSON", ex);
		}
	}

	private String callOf(String method, String path) {
		return this.name + " " + method + " " + path;
	}

}
