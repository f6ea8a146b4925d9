package io.readyroom.support.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.server.resource.web.BearerTokenAuthenticationEntryPoint;
import org.springframework.security.oauth2.server.resource.web.access.BearerTokenAccessDeniedHandler;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.web.servlet.HandlerExceptionResolver;

/**
 * Lets refusals made in the security filters, before any controller, reach the same
 * problem handlers as refusals made in controllers, keeping the {@code WWW-Authenticate}
 * header that bearer-token clients expect.
 */
class ProblemRendering implements AuthenticationEntryPoint, AccessDeniedHandler {

	private final BearerTokenAuthenticationEntryPoint challenge = new BearerTokenAuthenticationEntryPoint();

	private final BearerTokenAccessDeniedHandler denial = new BearerTokenAccessDeniedHandler();

	private final HandlerExceptionResolver exceptionResolver;

	ProblemRendering(HandlerExceptionResolver exceptionResolver) {
		this.exceptionResolver = exceptionResolver;
	}

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException authException) {
		this.challenge.commence(request, response, authException);
		this.exceptionResolver.resolveException(request, response, null, authException);
	}

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response,
			AccessDeniedException accessDeniedException) {
		this.denial.handle(request, response, accessDeniedException);
		this.exceptionResolver.resolveException(request, response, null, accessDeniedException);
	}

}
