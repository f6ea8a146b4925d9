package io.readyroom.session.practice;

import io.readyroom.contracts.token.Role;
import io.readyroom.support.security.EndpointRules;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/**
 * Who may use the session endpoints. Only learners practise: staff never start a session,
 * take its questions or complete it in a learner's place. Reading a session is open to
 * its learner and to staff over them; whether the session is theirs is checked with the
 * caller's token by {@link PracticeSessions}, which reports anyone else's as unknown.
 */
@Configuration(proxyBeanMethods = false)
class PracticeAccess {

	@Bean
	EndpointRules practiceEndpointRules() {
		return (requests) -> requests.requestMatchers(HttpMethod.POST, "/api/sessions", "/api/sessions/*/complete")
			.hasRole(Role.LEARNER.name())
			.requestMatchers(HttpMethod.GET, "/api/sessions/*/next-question")
			.hasRole(Role.LEARNER.name());
	}

}
