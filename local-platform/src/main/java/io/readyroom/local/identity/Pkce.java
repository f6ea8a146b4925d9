package io.readyroom.local.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * Proof Key for Code Exchange (RFC 7636): the authorization request carries the
 * challenge, the token request the verifier, so a stolen code is useless on its own.
 *
 * @param verifier the secret kept until the token request
 * @param challenge its SHA-256, sent with the authorization request
 */
record Pkce(String verifier, String challenge) {

	static final String METHOD = "S256";

	private static final SecureRandom RANDOM = new SecureRandom();

	static Pkce create() {
		String verifier = randomToken(32);
		return new Pkce(verifier, challengeOf(verifier));
	}

	static String challengeOf(String verifier) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
			return base64Url(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java has SHA-256", ex);
		}
	}

	/**
	 * @return {@code bytes} random bytes, URL-safe; also serves as the request's state
	 */
	static String randomToken(int bytes) {
		byte[] random = new byte[bytes];
		RANDOM.nextBytes(random);
		return base64Url(random);
	}

	private static String base64Url(byte[] bytes) {
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

}
