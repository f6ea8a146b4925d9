package io.readyroom.web;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import io.readyroom.contracts.token.Role;
import org.jspecify.annotations.Nullable;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.oauth2Client;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.oidcLogin;

/**
 * Signed-in people as the identity server describes them: the Readyroom claims in the ID
 * token, the role's authority, and an access token in the session.
 */
public final class TestUsers {

	private final ClientRegistration registration;

	public TestUsers(ClientRegistration registration) {
		this.registration = registration;
	}

	public RequestPostProcessor learner(String id, String cohortId) {
		return signedIn(id, Role.LEARNER, "demo-program", List.of(cohortId), token(id + "-token"));
	}

	public RequestPostProcessor coach(String id, String cohortId) {
		return signedIn(id, Role.COACH, "demo-program", List.of(cohortId), token(id + "-token"));
	}

	public RequestPostProcessor director(String id) {
		return signedIn(id, Role.DIRECTOR, "demo-program", List.of(), token(id + "-token"));
	}

	public RequestPostProcessor signedIn(String id, @Nullable Role role, @Nullable String programId,
			List<String> cohortIds, OAuth2AccessToken accessToken) {
		var login = oidcLogin().clientRegistration(this.registration).idToken((token) -> {
			token.subject(id).claim("cohort_ids", cohortIds);
			if (role != null) {
				token.claim("roles", List.of(role.claimValue()));
			}
			if (programId != null) {
				token.claim("program_id", programId);
			}
		});
		if (role != null) {
			login.authorities(new SimpleGrantedAuthority(role.authority()));
		}
		var client = oauth2Client(this.registration.getRegistrationId()).clientRegistration(this.registration)
			.principalName(id)
			.accessToken(accessToken);
		return (request) -> client.postProcessRequest(login.postProcessRequest(request));
	}

	public static OAuth2AccessToken token(String value) {
		Instant now = Instant.now();
		return new OAuth2AccessToken(OAuth2AccessToken.TokenType.BEARER, value, now, now.plus(Duration.ofMinutes(30)));
	}

	public static OAuth2AccessToken expiredToken(String value) {
		Instant now = Instant.now();
		return new OAuth2AccessToken(OAuth2AccessToken.TokenType.BEARER, value, now.minus(Duration.ofMinutes(31)),
				now.minus(Duration.ofMinutes(1)));
	}

}
