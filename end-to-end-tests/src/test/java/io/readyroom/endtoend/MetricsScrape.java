package io.readyroom.endtoend;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

/**
 * Reads a service's {@code /actuator/prometheus} as Prometheus would, with a token that
 * may read it.
 */
final class MetricsScrape {

	private static final Duration TIMEOUT = Duration.ofSeconds(10);

	private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();

	private MetricsScrape() {
	}

	/**
	 * @param service the service's base URL
	 * @param accessToken an admin's token: the endpoint is for admins only
	 * @return every series the service exports now
	 * @throws IllegalStateException if the service answers other than 200
	 */
	static List<ExportedSeries> of(URI service, String accessToken) {
		HttpRequest request = HttpRequest.newBuilder(service.resolve("/actuator/prometheus"))
			.header("Authorization", "Bearer " + accessToken)
			.header("Accept", "text/plain;version=0.0.4")
			.timeout(TIMEOUT)
			.GET()
			.build();
		try {
			HttpResponse<String> response = CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
			if (response.statusCode() != 200) {
				throw new IllegalStateException(
						request.uri() + " answered " + response.statusCode() + ": " + response.body());
			}
			return ExportedSeries.parse(response.body());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while scraping " + request.uri(), ex);
		}
	}

}
