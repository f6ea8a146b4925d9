package io.readyroom.support.security;

import java.util.List;

import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtAudienceValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder.JwkSetUriJwtDecoderBuilder;
import org.springframework.security.oauth2.jwt.SupplierJwtDecoder;

/**
 * Builds the decoder that accepts a token only when its signature verifies against the
 * issuer's keys with an allowed algorithm, and its issuer, audience, expiry and
 * not-before time hold.
 */
final class TokenDecoders {

	private TokenDecoders() {
	}

	/**
	 * The decoder for these settings. It reaches the issuer on the first token, not at
	 * start-up, so a service starts while its identity provider is still starting.
	 */
	static JwtDecoder forIssuer(IdentityProperties identity) {
		List<SignatureAlgorithm> algorithms = identity.algorithms().stream().map(TokenDecoders::algorithm).toList();
		return new SupplierJwtDecoder(() -> {
			JwkSetUriJwtDecoderBuilder builder = identity.hasJwkSetUri()
					? NimbusJwtDecoder.withJwkSetUri(identity.jwkSetUri())
					: NimbusJwtDecoder.withIssuerLocation(identity.issuerUri());
			NimbusJwtDecoder decoder = builder.jwsAlgorithms((allowed) -> {
				allowed.clear();
				allowed.addAll(algorithms);
			}).build();
			decoder.setJwtValidator(validator(identity));
			return decoder;
		});
	}

	static OAuth2TokenValidator<Jwt> validator(IdentityProperties identity) {
		return new DelegatingOAuth2TokenValidator<>(JwtValidators.createDefaultWithIssuer(identity.issuerUri()),
				new JwtAudienceValidator(identity.audience()));
	}

	private static SignatureAlgorithm algorithm(String name) {
		SignatureAlgorithm algorithm = SignatureAlgorithm.from(name);
		if (algorithm == null) {
			throw new IllegalArgumentException("readyroom.security.algorithms: '" + name
					+ "' is not an asymmetric JWS algorithm (e.g. RS256, ES256)");
		}
		return algorithm;
	}

}
