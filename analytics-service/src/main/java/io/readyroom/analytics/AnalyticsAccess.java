package io.readyroom.analytics;

import io.readyroom.contracts.token.Role;
import io.readyroom.support.security.EndpointRules;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/**
 * Who may use the analytics endpoints by role: cohort figures are for staff, program
 * comparison, exports and scorer agreement for directors and admins, who also set
 * readiness rules that coaches may read. A learner's reports are open to every role here;
 * whether the caller is that learner or staff over them is checked against the stored
 * profile, which reports anyone else's as unknown. Whether a cohort or program is the
 * caller's is likewise checked with the data.
 */
@Configuration(proxyBeanMethods = false)
class AnalyticsAccess {

	@Bean
	EndpointRules analyticsEndpointRules() {
		return (requests) -> requests.requestMatchers(HttpMethod.GET, "/api/cohorts/**")
			.hasAnyRole(Role.staff())
			.requestMatchers(HttpMethod.GET, "/api/programs/*/readiness-rules", "/api/programs/*/readiness-rules/*")
			.hasAnyRole(Role.staff())
			.requestMatchers(HttpMethod.GET, "/api/programs/*/cohorts/comparison", "/api/programs/*/exports/**",
					"/api/programs/*/agreement", "/api/programs/*/access-log")
			.hasAnyRole(Role.programManagers())
			.requestMatchers(HttpMethod.PUT, "/api/programs/*/readiness-rules/*")
			.hasAnyRole(Role.programManagers())
			.requestMatchers("/api/programs/*/lrs", "/api/programs/*/lrs/**")
			.hasAnyRole(Role.programManagers())
			.requestMatchers(HttpMethod.DELETE, "/api/programs/*/readiness-rules/*")
			.hasAnyRole(Role.programManagers());
	}

}
