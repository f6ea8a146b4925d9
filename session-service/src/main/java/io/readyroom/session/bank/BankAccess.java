package io.readyroom.session.bank;

import io.readyroom.contracts.token.Role;
import io.readyroom.support.security.EndpointRules;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/**
 * Who may use the bank endpoints. Questions come with their rubrics and model answers, so
 * only staff read them; learners meet questions through their sessions, without either.
 * Importing is managing a program's bank: its director's or an admin's job. Which
 * program's questions a caller sees, and into which program they import, is checked with
 * the caller's token in the controllers. The competency model is open to every signed-in
 * caller.
 */
@Configuration(proxyBeanMethods = false)
class BankAccess {

	@Bean
	EndpointRules bankEndpointRules() {
		return (requests) -> requests.requestMatchers(HttpMethod.GET, "/api/questions", "/api/questions/**")
			.hasAnyRole(Role.staff())
			.requestMatchers(HttpMethod.POST, "/api/programs/*/questions")
			.hasAnyRole(Role.programManagers());
	}

}
