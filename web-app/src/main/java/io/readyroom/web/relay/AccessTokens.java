package io.readyroom.web.relay;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import io.readyroom.problems.Problems;
import org.jspecify.annotations.Nullable;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.oauth2.client.ClientAuthorizationRequiredException;
import org.springframework.security.oauth2.client.OAuth2AuthorizationContext;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizedClientRepository;

/**
 * The access token a call is relayed with: the one in the person's session. The web app
 * is a public client and gets no refresh token, so a token about to expire is not sent:
 * the person signs in again (without a password while the identity server's session
 * lasts).
 */
@Configuration(proxyBeanMethods = false)
class AccessTokens {

	/** Room for the call to reach the service before the token expires. */
	static final Duration MARGIN = Duration.ofSeconds(10);

	/** What Gateway's token relay asks for the person's token. */
	@Bean
	OAuth2AuthorizedClientManager authorizedClientManager(ClientRegistrationRepository registrations,
			OAuth2AuthorizedClientRepository authorizedClients) {
		Clock clock = Clock.systemUTC();
		DefaultOAuth2AuthorizedClientManager manager = new DefaultOAuth2AuthorizedClientManager(registrations,
				authorizedClients);
		manager.setAuthorizedClientProvider((context) -> usable(context, clock));
		return manager;
	}

	/**
	 * Keeps the session's token while it is usable; without one the person must sign in
	 * again.
	 * @return {@code null}: the token is kept as it is
	 * @throws ClientAuthorizationRequiredException when there is no usable token
	 */
	static @Nullable OAuth2AuthorizedClient usable(OAuth2AuthorizationContext context, Clock clock) {
		OAuth2AuthorizedClient client = context.getAuthorizedClient();
		Instant expiresAt = (client != null) ? client.getAccessToken().getExpiresAt() : null;
		if (client == null || (expiresAt != null && expiresAt.isBefore(clock.instant().plus(MARGIN)))) {
			throw new ClientAuthorizationRequiredException(context.getClientRegistration().getRegistrationId());
		}
		return null;
	}

	static ProblemDetail signInExpired() {
		return Problems.detail(HttpStatus.UNAUTHORIZED, "sign-in-expired", "Sign-in expired",
				"Your sign-in has expired. Sign in again to continue.");
	}

}
