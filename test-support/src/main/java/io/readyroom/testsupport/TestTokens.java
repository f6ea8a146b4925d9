package io.readyroom.testsupport;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;
import io.readyroom.contracts.token.TokenClaims;
import io.readyroom.support.security.Caller;

/**
 * Mints tokens as an OpenID Connect provider would, RS256-signed with a key it publishes
 * as a JWK set on a local HTTP port, and, for tests of refusal, tokens that are wrong in
 * one way each: expired, another issuer, another audience, a key the provider never
 * published, a shared-secret algorithm, or no signature at all.
 */
public final class TestTokens implements AutoCloseable {

	/** The issuer the services under test trust. */
	public static final String ISSUER = "https://identity.readyroom.test";

	/** The audience Readyroom's tokens are for. */
	public static final String AUDIENCE = TokenClaims.AUDIENCE;

	private final RSAKey signingKey;

	private final RSAKey unpublishedKey;

	private final HttpServer jwkSetServer;

	private TestTokens(RSAKey signingKey, RSAKey unpublishedKey, HttpServer jwkSetServer) {
		this.signingKey = signingKey;
		this.unpublishedKey = unpublishedKey;
		this.jwkSetServer = jwkSetServer;
	}

	/** Generates a signing key and starts publishing it. */
	public static TestTokens start() {
		try {
			RSAKey signingKey = new RSAKeyGenerator(2048).keyID("test-signing-key").generate();
			RSAKey unpublishedKey = new RSAKeyGenerator(2048).keyID("test-signing-key").generate();
			byte[] jwkSet = new JWKSet(signingKey.toPublicJWK()).toString().getBytes(StandardCharsets.UTF_8);
			HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
			server.createContext("/jwks", (exchange) -> {
				exchange.getResponseHeaders().add("Content-Type", "application/json");
				exchange.sendResponseHeaders(200, jwkSet.length);
				try (OutputStream body = exchange.getResponseBody()) {
					body.write(jwkSet);
				}
			});
			server.start();
			return new TestTokens(signingKey, unpublishedKey, server);
		}
		catch (JOSEException ex) {
			throw new IllegalStateException("Cannot generate a test signing key", ex);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot publish the test signing key", ex);
		}
	}

	public String jwkSetUri() {
		InetSocketAddress address = this.jwkSetServer.getAddress();
		return "http://" + address.getHostString() + ":" + address.getPort() + "/jwks";
	}

	/** An {@code Authorization} header value with a valid token for this caller. */
	public String bearer(Caller caller) {
		return "Bearer " + forCaller(caller).token();
	}

	/** A token for this caller, valid unless changed. */
	public Token forCaller(Caller caller) {
		return new Token(caller, ISSUER, AUDIENCE, Duration.ofMinutes(5), Signature.PUBLISHED_KEY);
	}

	@Override
	public void close() {
		this.jwkSetServer.stop(0);
	}

	private enum Signature {

		PUBLISHED_KEY, UNPUBLISHED_KEY, SHARED_SECRET, NONE

	}

	/** One token to mint; each method returns a copy that differs in one way. */
	public final class Token {

		private final Caller caller;

		private final String issuer;

		private final String audience;

		private final Duration validFor;

		private final Signature signature;

		private Token(Caller caller, String issuer, String audience, Duration validFor, Signature signature) {
			this.caller = caller;
			this.issuer = issuer;
			this.audience = audience;
			this.validFor = validFor;
			this.signature = signature;
		}

		public Token issuedBy(String otherIssuer) {
			return new Token(this.caller, otherIssuer, this.audience, this.validFor, this.signature);
		}

		public Token forAudience(String otherAudience) {
			return new Token(this.caller, this.issuer, otherAudience, this.validFor, this.signature);
		}

		/** A token that expired this long ago. */
		public Token expiredFor(Duration ago) {
			return new Token(this.caller, this.issuer, this.audience, ago.negated(), this.signature);
		}

		public Token signedWithUnpublishedKey() {
			return new Token(this.caller, this.issuer, this.audience, this.validFor, Signature.UNPUBLISHED_KEY);
		}

		public Token signedWithSharedSecret() {
			return new Token(this.caller, this.issuer, this.audience, this.validFor, Signature.SHARED_SECRET);
		}

		public Token unsigned() {
			return new Token(this.caller, this.issuer, this.audience, this.validFor, Signature.NONE);
		}

		public String bearer() {
			return "Bearer " + token();
		}

		public String token() {
			JWTClaimsSet claims = claims();
			try {
				return switch (this.signature) {
					case PUBLISHED_KEY ->
						signed(claims, new RSASSASigner(TestTokens.this.signingKey), JWSAlgorithm.RS256);
					case UNPUBLISHED_KEY ->
						signed(claims, new RSASSASigner(TestTokens.this.unpublishedKey), JWSAlgorithm.RS256);
					case SHARED_SECRET -> signed(claims, new MACSigner(secret()), JWSAlgorithm.HS256);
					case NONE -> new PlainJWT(claims).serialize();
				};
			}
			catch (JOSEException ex) {
				throw new IllegalStateException("Cannot sign a test token", ex);
			}
		}

		private JWTClaimsSet claims() {
			Instant now = Instant.now();
			Instant expiry = now.plus(this.validFor);
			Instant issuedAt = expiry.isBefore(now) ? expiry.minus(Duration.ofMinutes(5)) : now;
			JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder().issuer(this.issuer)
				.subject(this.caller.id())
				.audience(this.audience)
				.issueTime(Date.from(issuedAt))
				.notBeforeTime(Date.from(issuedAt))
				.expirationTime(Date.from(expiry))
				.jwtID(UUID.randomUUID().toString())
				.claim("scope", "openid")
				.claim(TokenClaims.ROLES, List.of(this.caller.role().claimValue()))
				.claim(TokenClaims.COHORT_IDS, List.copyOf(this.caller.cohortIds()));
			if (this.caller.programId() != null) {
				claims.claim(TokenClaims.PROGRAM_ID, this.caller.programId());
			}
			if (!Caller.UNKNOWN_CLIENT.equals(this.caller.client())) {
				claims.claim(TokenClaims.AUTHORIZED_PARTY, this.caller.client());
			}
			return claims.build();
		}

		private String signed(JWTClaimsSet claims, JWSSigner signer, JWSAlgorithm algorithm) throws JOSEException {
			SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(algorithm).keyID("test-signing-key").build(), claims);
			jwt.sign(signer);
			return jwt.serialize();
		}

		private static byte[] secret() {
			byte[] secret = new byte[32];
			new SecureRandom().nextBytes(secret);
			return secret;
		}

	}

}
