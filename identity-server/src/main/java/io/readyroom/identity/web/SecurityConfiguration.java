package io.readyroom.identity.web;

import java.util.Set;

import io.readyroom.identity.throttle.LockedSignInFilter;
import io.readyroom.identity.throttle.SignInAttempt;
import io.readyroom.identity.throttle.SignInThrottle;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;

import static org.springframework.security.config.Customizer.withDefaults;

/**
 * Two filter chains: the OAuth2 and OpenID Connect endpoints first, then the login form
 * and everything else. Replaces Spring Boot's default pair to leave health, the demo
 * accounts and the sign-in page's assets open, to serve our own sign-in page and to
 * throttle failed sign-ins.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	@Bean
	@Order(1)
	SecurityFilterChain protocolEndpoints(HttpSecurity http) {
		http.oauth2AuthorizationServer((server) -> {
			http.securityMatcher(server.getEndpointsMatcher());
			server.oidc(withDefaults());
		})
			.authorizeHttpRequests((requests) -> requests.anyRequest().authenticated())
			// the OpenID Connect user info endpoint takes the access token
			.oauth2ResourceServer((resourceServer) -> resourceServer.jwt(withDefaults()))
			.exceptionHandling((exceptions) -> exceptions.defaultAuthenticationEntryPointFor(
					new LoginUrlAuthenticationEntryPoint(SignInController.PATH), browsers()));
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain signIn(HttpSecurity http, SignInThrottle throttle) {
		SignInAttempt attempts = new SignInAttempt(throttle, SignInController.PATH);
		http.addFilterBefore(new LockedSignInFilter(throttle, SignInController.PATH),
				UsernamePasswordAuthenticationFilter.class);
		http.authorizeHttpRequests((requests) -> requests
			// the form login permits its page only with the queries it knows; ?locked is
			// ours
			.requestMatchers("/actuator/health", "/actuator/health/**", "/demo-accounts", "/error", "/css/**",
					"/images/**", SignInController.PATH)
			.permitAll()
			.anyRequest()
			.authenticated())
			.formLogin((login) -> login.loginPage(SignInController.PATH)
				.successHandler(attempts)
				.failureHandler(attempts)
				.permitAll());
		return http.build();
	}

	/**
	 * A browser asking to authorize is sent to the login form; a client that does not
	 * accept HTML gets {@code 401}.
	 */
	private static MediaTypeRequestMatcher browsers() {
		MediaTypeRequestMatcher matcher = new MediaTypeRequestMatcher(MediaType.TEXT_HTML);
		matcher.setIgnoredMediaTypes(Set.of(MediaType.ALL));
		return matcher;
	}

}
