package io.readyroom.analytics.load;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The two reads the run needs, over one keep-alive HTTP/1.1 connection. */
final class AnalyticsClient {

	private final HttpClient http = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(5))
		.build();

	private final JsonMapper json = JsonMapper.builder().build();

	private final String baseUrl;

	private final String authorization;

	AnalyticsClient(String baseUrl, String token) {
		this.baseUrl = baseUrl;
		this.authorization = "Bearer " + token;
	}

	/** The dashboard's body as received; a cohort not computed yet gives null. */
	String dashboardBody(String cohortId) {
		return get("/api/cohorts/" + cohortId + "/dashboard");
	}

	JsonNode dashboard(String cohortId) {
		return parse(dashboardBody(cohortId));
	}

	JsonNode profile(String learnerId) {
		return parse(get("/api/learners/" + learnerId + "/profile"));
	}

	private JsonNode parse(String body) {
		return (body != null) ? this.json.readTree(body) : null;
	}

	private String get(String path) {
		HttpRequest request = HttpRequest.newBuilder(URI.create(this.baseUrl + path))
			.timeout(Duration.ofSeconds(30))
			.header("Authorization", this.authorization)
			.GET()
			.build();
		try {
			HttpResponse<String> response = this.http.send(request, HttpResponse.BodyHandlers.ofString());
			if (response.statusCode() == 404) {
				return null;
			}
			if (response.statusCode() != 200) {
				// the problem's detail says why, e.g. an expired token or another
				// program's cohort
				throw new IllegalStateException(
						"GET " + path + " answered " + response.statusCode() + ": " + response.body());
			}
			return response.body();
		}
		catch (IOException ex) {
			throw new IllegalStateException("GET " + path + " failed", ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
