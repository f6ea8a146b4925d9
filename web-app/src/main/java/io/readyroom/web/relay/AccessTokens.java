package io.readyroom.web.relay;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import io.readyroom.problems.Problems;

import org.springframework.http.HttpStatus;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.web.ErrorResponseException;

/**
 * The access token a call is relayed with. The web app is a public client and gets no
 * refresh token, so a token about to expire is not sent: the person signs in again
 * (without a password while the identity server's session lasts).
 */
final class AccessTokens {

	/** Room for the call to reach the service before the token expires. */
	static final Duration MARGIN = Duration.ofSeconds(10);

	private AccessTokens() {
	}

	static String usable(OAuth2AccessToken token, Clock clock) {
		Instant expiresAt = token.getExpiresAt();
		if (expiresAt != null && expiresAt.isBefore(clock.instant().plus(MARGIN))) {
			throw signInExpired();
		}
		return token.getTokenValue();
	}

	static ErrorResponseException signInExpired() {
		return Problems.exception(HttpStatus.UNAUTHORIZED, "sign-in-expired", "Sign-in expired",
				"Your sign-in has expired. Sign in again to continue.");
	}

}
