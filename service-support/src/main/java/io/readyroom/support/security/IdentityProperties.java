package io.readyroom.support.security;

import java.util.List;

import io.readyroom.contracts.token.TokenClaims;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Which tokens a service accepts, prefix {@code readyroom.security}.
 *
 * @param issuerUri the OpenID Connect issuer whose tokens are accepted; a token's
 * {@code iss} must equal it
 * @param jwkSetUri where the issuer's signing keys are fetched; when empty they are found
 * through the issuer's OpenID discovery document (set it when the services reach the
 * issuer under another address than the one in its tokens, as in docker-compose)
 * @param audience the audience a token must name in {@code aud}
 * @param algorithms the signature algorithms accepted; any other, and unsigned tokens,
 * are refused
 */
@ConfigurationProperties("readyroom.security")
public record IdentityProperties(String issuerUri, @Nullable String jwkSetUri,
		@DefaultValue(TokenClaims.AUDIENCE) String audience, @DefaultValue("RS256") List<String> algorithms) {

	boolean hasJwkSetUri() {
		return this.jwkSetUri != null && !this.jwkSetUri.isBlank();
	}

}
