package io.readyroom.session.assignment;

import io.readyroom.contracts.token.Role;
import io.readyroom.support.security.EndpointRules;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/**
 * Who may use the assignment endpoints. Learners read what is assigned to them; staff
 * assign, read, change and withdraw. Which cohort's assignments a staff member manages is
 * checked with the caller's token by {@link CohortStaff} and {@link Assignments}.
 */
@Configuration(proxyBeanMethods = false)
class AssignmentAccess {

	@Bean
	EndpointRules assignmentEndpointRules() {
		return (requests) -> requests.requestMatchers(HttpMethod.GET, "/api/assignments/mine")
			.hasRole(Role.LEARNER.name())
			.requestMatchers("/api/cohorts/*/assignments", "/api/assignments/*")
			.hasAnyRole(Role.staff());
	}

}
