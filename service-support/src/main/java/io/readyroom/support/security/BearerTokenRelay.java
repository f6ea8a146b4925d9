package io.readyroom.support.security;

import java.io.IOException;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpRequest;
import org.springframework.http.client.ClientHttpRequestExecution;
import org.springframework.http.client.ClientHttpRequestInterceptor;
import org.springframework.http.client.ClientHttpResponse;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * Sends the caller's own token along when one service asks another on their behalf, so
 * the other service applies the same rules to the same person; no call between services
 * goes without a token.
 */
public class BearerTokenRelay implements ClientHttpRequestInterceptor {

	@Override
	public ClientHttpResponse intercept(HttpRequest request, byte[] body, ClientHttpRequestExecution execution)
			throws IOException {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication instanceof JwtAuthenticationToken token) {
			request.getHeaders().setBearerAuth(token.getToken().getTokenValue());
		}
		else if (!request.getHeaders().containsHeader(HttpHeaders.AUTHORIZATION)) {
			throw new IllegalStateException("No caller token to relay to " + request.getURI().getHost());
		}
		return execution.execute(request, body);
	}

}
