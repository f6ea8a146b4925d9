package io.readyroom.scoring.web;

import io.readyroom.support.security.EndpointRules;
import io.readyroom.support.security.Role;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/**
 * Who may use the scoring endpoints: staff preview how texts score; directors and admins
 * re-score history. Learners are scored through Kafka and never call this service.
 */
@Configuration(proxyBeanMethods = false)
class ScoringAccess {

	@Bean
	EndpointRules scoringEndpointRules() {
		return (requests) -> requests.requestMatchers(HttpMethod.POST, "/api/scoring/preview")
			.hasAnyRole(Role.staff())
			.requestMatchers(HttpMethod.POST, "/api/scoring/rescore")
			.hasAnyRole(Role.programManagers());
	}

}
