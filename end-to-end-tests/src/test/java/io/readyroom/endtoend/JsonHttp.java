package io.readyroom.endtoend;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.MissingNode;

/**
 * Talks JSON to the services the way a browser client would, as one signed-in user or as
 * nobody.
 */
final class JsonHttp {

	private static final Duration TIMEOUT = Duration.ofSeconds(10);

	private final HttpClient client = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();

	private final JsonMapper json = JsonMapper.builder().build();

	private final @Nullable String accessToken;

	private JsonHttp(@Nullable String accessToken) {
		this.accessToken = accessToken;
	}

	/**
	 * @return a client that sends no token
	 */
	static JsonHttp anonymous() {
		return new JsonHttp(null);
	}

	/**
	 * @param accessToken sent as {@code Authorization: Bearer} with every request
	 * @return a client acting for the token's user
	 */
	static JsonHttp withToken(String accessToken) {
		return new JsonHttp(accessToken);
	}

	JsonResponse get(URI uri) {
		return send(HttpRequest.newBuilder(uri).GET());
	}

	JsonResponse post(URI uri, Object body) {
		return send(HttpRequest.newBuilder(uri)
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(this.json.writeValueAsString(body))));
	}

	/** A POST with further headers, such as a caller's {@code traceparent}. */
	JsonResponse post(URI uri, Object body, Map<String, String> headers) {
		HttpRequest.Builder request = HttpRequest.newBuilder(uri)
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(this.json.writeValueAsString(body)));
		headers.forEach(request::header);
		return send(request);
	}

	JsonResponse put(URI uri, Object body) {
		return send(HttpRequest.newBuilder(uri)
			.header("Content-Type", "application/json")
			.PUT(HttpRequest.BodyPublishers.ofString(this.json.writeValueAsString(body))));
	}

	private JsonResponse send(HttpRequest.Builder request) {
		if (this.accessToken != null) {
			request.header("Authorization", "Bearer " + this.accessToken);
		}
		try {
			HttpResponse<String> response = this.client.send(
					request.header("Accept", "application/json, application/problem+json").timeout(TIMEOUT).build(),
					HttpResponse.BodyHandlers.ofString());
			String contentType = response.headers().firstValue("Content-Type").orElse("");
			JsonNode body = response.body().isBlank() ? MissingNode.getInstance() : this.json.readTree(response.body());
			return new JsonResponse(response.statusCode(), contentType, body);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while calling " + request.build().uri(), ex);
		}
	}

	/**
	 * @param status the HTTP status code
	 * @param contentType the {@code Content-Type} header, empty when absent
	 * @param body the parsed body, a missing node when empty
	 */
	record JsonResponse(int status, String contentType, JsonNode body) {

		String text(String field) {
			return this.body.path(field).asString();
		}

	}

}
