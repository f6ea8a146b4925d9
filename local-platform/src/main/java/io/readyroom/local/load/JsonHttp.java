package io.readyroom.local.load;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.MissingNode;

/**
 * JSON over HTTP as one signed-in learner. A call that gets no response (connection
 * refused or reset, timed out) throws {@link IOException}: the load tells that apart from
 * a response, since only an answer without a response is sent again.
 */
public final class JsonHttp {

	private static final Duration TIMEOUT = Duration.ofSeconds(20);

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final HttpClient client;

	private final String accessToken;

	public JsonHttp(HttpClient client, String accessToken) {
		this.client = client;
		this.accessToken = accessToken;
	}

	public static HttpClient newClient() {
		return HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
	}

	public Response get(URI uri) throws IOException {
		return send(HttpRequest.newBuilder(uri).GET());
	}

	public Response post(URI uri, Object body) throws IOException {
		return send(HttpRequest.newBuilder(uri)
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))));
	}

	Response put(URI uri, Object body) throws IOException {
		return send(HttpRequest.newBuilder(uri)
			.header("Content-Type", "application/json")
			.PUT(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))));
	}

	private Response send(HttpRequest.Builder request) throws IOException {
		try {
			HttpResponse<String> response = this.client
				.send(request.header("Authorization", "Bearer " + this.accessToken)
					.header("Accept", "application/json, application/problem+json")
					.timeout(TIMEOUT)
					.build(), HttpResponse.BodyHandlers.ofString());
			JsonNode body = response.body().isBlank() ? MissingNode.getInstance() : readOrMissing(response.body());
			return new Response(response.statusCode(), body);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IOException("Interrupted", ex);
		}
	}

	private static JsonNode readOrMissing(String body) {
		try {
			return JSON.readTree(body);
		}
		catch (RuntimeException ex) {
			// a proxy's or container's HTML error page: the status says enough
			return MissingNode.getInstance();
		}
	}

	public record Response(int status, JsonNode body) {

		public boolean ok() {
			return this.status >= 200 && this.status < 300;
		}

		public String text(String field) {
			return this.body.path(field).asString();
		}

	}

}
