package io.readyroom.session.practice;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.List;

import io.readyroom.problems.Problems;
import io.readyroom.support.security.BearerTokenRelay;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.http.HttpStatus;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/**
 * Asks analytics ({@code GET /api/learners/{id}/weak-areas}) for a learner's weakest
 * competencies, weakest first, for targeted sessions. The request carries the learner's
 * own token, so analytics applies its rules to the learner, who may read their own weak
 * areas; session-service has no access of its own.
 */
@Component
class WeakestCompetencies {

	/** How many weak areas a targeted session draws on. */
	static final int AREAS = 3;

	private final RestClient analytics;

	/**
	 * Built here rather than from Boot's builder, which would take another starter; the
	 * timeouts keep a session start from hanging on an unresponsive analytics.
	 */
	WeakestCompetencies(AnalyticsProperties properties) {
		HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
		JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(client);
		requests.setReadTimeout(Duration.ofSeconds(5));
		this.analytics = RestClient.builder()
			.baseUrl(properties.url().toString())
			.requestFactory(requests)
			.requestInterceptor(new BearerTokenRelay())
			.build();
	}

	/**
	 * @throws ErrorResponseException 422 when analytics knows no weak area of the
	 * learner, 502 when it refuses the learner's token, 503 when it cannot be asked
	 */
	List<String> of(String learnerId) {
		WeakAreaReport report;
		try {
			report = this.analytics.get()
				.uri("/api/learners/{learnerId}/weak-areas?limit={limit}", learnerId, AREAS)
				.retrieve()
				.body(WeakAreaReport.class);
		}
		catch (HttpClientErrorException.NotFound ex) {
			throw noWeakAreas(learnerId);
		}
		catch (HttpClientErrorException.Unauthorized | HttpClientErrorException.Forbidden ex) {
			// the token passed here but not there: the services disagree on the identity
			// provider
			throw Problems.exception(HttpStatus.BAD_GATEWAY, "analytics-refused", "Analytics refused the request",
					"Analytics refused the learner's token (" + ex.getStatusCode().value()
							+ ") although this service accepted it; check that both trust the same issuer.");
		}
		catch (RestClientException ex) {
			throw Problems.exception(HttpStatus.SERVICE_UNAVAILABLE, "analytics-unavailable", "Analytics unavailable",
					"Targeted sessions need the learner's weak areas from analytics, which "
							+ "could not be reached; retry later or use mock-interview or practice-set.");
		}
		List<String> competencies = (report != null && report.weakAreas() != null)
				? report.weakAreas().stream().map(WeakArea::competency).toList() : List.of();
		if (competencies.isEmpty()) {
			throw noWeakAreas(learnerId);
		}
		return competencies;
	}

	private static ErrorResponseException noWeakAreas(String learnerId) {
		return Problems.exception(HttpStatus.UNPROCESSABLE_CONTENT, "no-weak-areas", "No weak areas yet",
				"Learner '" + learnerId + "' has no weak areas yet; a targeted session needs scored answers first, "
						+ "so start with mock-interview or practice-set.");
	}

	record WeakAreaReport(List<WeakArea> weakAreas) {
	}

	record WeakArea(String competency) {
	}

	/**
	 * Where analytics is, prefix {@code readyroom.analytics}.
	 *
	 * @param url its base URL ({@code ANALYTICS_URL})
	 */
	@ConfigurationProperties("readyroom.analytics")
	record AnalyticsProperties(@DefaultValue("http://localhost:8083") URI url) {
	}

}
