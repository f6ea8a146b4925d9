package io.readyroom.identity.token;

import java.util.List;

import io.readyroom.contracts.token.TokenClaims;
import io.readyroom.identity.account.DemoAccount;
import io.readyroom.identity.account.DemoAccountDirectory;

import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.stereotype.Component;

import static io.readyroom.contracts.token.TokenClaims.AUDIENCE;
import static io.readyroom.contracts.token.TokenClaims.AUTHORIZED_PARTY;
import static io.readyroom.contracts.token.TokenClaims.COHORT_IDS;
import static io.readyroom.contracts.token.TokenClaims.PROGRAM_ID;
import static io.readyroom.contracts.token.TokenClaims.ROLES;

/**
 * Puts the Readyroom token contract into access and ID tokens: the user's {@code roles},
 * {@code program_id} and {@code cohort_ids}. Access tokens are meant for the services, so
 * their audience is {@value TokenClaims#AUDIENCE}; ID tokens keep the client as theirs,
 * as OpenID Connect requires.
 */
@Component
class ReadyroomClaims implements OAuth2TokenCustomizer<JwtEncodingContext> {

	private final DemoAccountDirectory accounts;

	ReadyroomClaims(DemoAccountDirectory accounts) {
		this.accounts = accounts;
	}

	@Override
	public void customize(JwtEncodingContext context) {
		boolean accessToken = OAuth2TokenType.ACCESS_TOKEN.equals(context.getTokenType());
		boolean idToken = OidcParameterNames.ID_TOKEN.equals(context.getTokenType().getValue());
		if (!accessToken && !idToken) {
			return;
		}
		JwtClaimsSet.Builder claims = context.getClaims();
		this.accounts.find(context.getPrincipal().getName()).ifPresent((account) -> describe(account, claims));
		if (accessToken) {
			claims.audience(List.of(AUDIENCE));
			// the services' access log names the client a read came through, as
			// Keycloak's
			// tokens do by themselves
			claims.claim(AUTHORIZED_PARTY, context.getRegisteredClient().getClientId());
		}
	}

	private static void describe(DemoAccount account, JwtClaimsSet.Builder claims) {
		claims.claim(ROLES, List.of(account.role().claimValue()));
		claims.claim(PROGRAM_ID, account.programId());
		claims.claim(COHORT_IDS, account.cohortIds());
	}

}
