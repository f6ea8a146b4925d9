package io.readyroom.local.program;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** JSON calls to session-service's program administration API as one signed-in user. */
final class ProgramApiClient {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	// a change answers once Kafka acknowledged it; slack for a busy first minute
	private static final Duration TIMEOUT = Duration.ofSeconds(30);

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private final URI sessionService;

	private final String token;

	ProgramApiClient(URI sessionService, String token) {
		this.sessionService = sessionService;
		this.token = token;
	}

	/** The answer's status and body, {@code null} when it has none. */
	record Answer(int status, @Nullable JsonNode body) {

	}

	Answer get(String path) {
		return send("GET", path, null);
	}

	/** A change that must succeed. */
	JsonNode change(String method, String path, Object body) {
		Answer answer = send(method, path, body);
		if (answer.status() / 100 != 2) {
			throw new IllegalStateException(method + " " + path + " answered " + answer.status() + ": "
					+ ((answer.body() != null) ? answer.body().path("detail").asString() : ""));
		}
		return answer.body();
	}

	private Answer send(String method, String path, @Nullable Object body) {
		HttpRequest.Builder request = HttpRequest.newBuilder(this.sessionService.resolve(path))
			.timeout(TIMEOUT)
			.header("Authorization", "Bearer " + this.token)
			.header("Accept", "application/json");
		if (body != null) {
			request.header("Content-Type", "application/json")
				.method(method, HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
		}
		else {
			request.method(method, HttpRequest.BodyPublishers.noBody());
		}
		try {
			HttpResponse<String> response = this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
			JsonNode json = response.body().isBlank() ? null : JSON.readTree(response.body());
			return new Answer(response.statusCode(), json);
		}
		catch (IOException ex) {
			throw new IllegalStateException(method + " " + path + " failed: " + ex.getMessage(), ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(method + " " + path + " was interrupted", ex);
		}
	}

}
