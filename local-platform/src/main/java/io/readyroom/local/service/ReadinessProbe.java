package io.readyroom.local.service;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.regex.Pattern;

/**
 * Asks a service's readiness endpoint whether it accepts traffic.
 */
final class ReadinessProbe {

	private static final Pattern STATUS_UP = Pattern.compile("\"status\"\\s*:\\s*\"UP\"");

	private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();

	/**
	 * A service is ready when it answers {@code 200} with status {@code UP}; a refused
	 * connection or {@code 503 OUT_OF_SERVICE} means not yet.
	 */
	boolean isReady(URI baseUrl) {
		HttpRequest request = HttpRequest.newBuilder(baseUrl.resolve(ActuatorEndpoints.READINESS))
			.timeout(Duration.ofSeconds(2))
			.GET()
			.build();
		try {
			HttpResponse<String> response = this.client.send(request, HttpResponse.BodyHandlers.ofString());
			return response.statusCode() == 200 && STATUS_UP.matcher(response.body()).find();
		}
		catch (IOException ex) {
			return false;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

}
