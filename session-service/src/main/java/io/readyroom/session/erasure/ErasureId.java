package io.readyroom.session.erasure;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The id of the one receipt a learner's erasure from a program has: a SHA-256 digest of
 * program and learner, so a repeated request finds the receipt although no store keeps
 * the learner's id.
 */
final class ErasureId {

	private ErasureId() {
	}

	static String of(String programId, String learnerId) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256")
				.digest((programId + "/" + learnerId).getBytes(StandardCharsets.UTF_8));
			return "erasure-" + HexFormat.of().formatHex(digest, 0, 16);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java platform has SHA-256", ex);
		}
	}

}
