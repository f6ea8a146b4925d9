package io.readyroom.session.answer;

import io.readyroom.contracts.token.Role;
import io.readyroom.support.security.EndpointRules;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/**
 * Only learners answer, and only in their own sessions: staff never answer in a learner's
 * place. Whether the session is the caller's is checked in {@link AnswerSubmissions}.
 */
@Configuration(proxyBeanMethods = false)
class AnswerAccess {

	@Bean
	EndpointRules answerEndpointRules() {
		return (requests) -> requests.requestMatchers(HttpMethod.POST, "/api/sessions/*/answers")
			.hasRole(Role.LEARNER.name());
	}

}
