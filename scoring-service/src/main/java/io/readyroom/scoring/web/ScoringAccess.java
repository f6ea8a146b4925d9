package io.readyroom.scoring.web;

import io.readyroom.contracts.token.Role;
import io.readyroom.support.security.EndpointRules;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/**
 * Who may use the scoring endpoints: staff preview how texts score, review answers and
 * read the review queue and calibration; directors and admins re-score history. Learners
 * only read their own feedback and its review; they are scored through Kafka.
 */
@Configuration(proxyBeanMethods = false)
class ScoringAccess {

	@Bean
	EndpointRules scoringEndpointRules() {
		return (requests) -> requests.requestMatchers(HttpMethod.POST, "/api/scoring/preview")
			.hasAnyRole(Role.staff())
			.requestMatchers(HttpMethod.POST, "/api/scoring/rescore", "/api/scoring/questions/*/rescore-unreviewed")
			.hasAnyRole(Role.programManagers())
			.requestMatchers(HttpMethod.POST, "/api/scoring/answers/*/review")
			.hasAnyRole(Role.staff())
			.requestMatchers(HttpMethod.GET, "/api/scoring/review-queue", "/api/scoring/calibration")
			.hasAnyRole(Role.staff());
	}

}
