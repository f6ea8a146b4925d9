package io.readyroom.support.erasure;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * SHA-256 digests that name an erased learner where the id itself may not be kept: a
 * service that meets the id again can tell it was erased, a reader of the store cannot
 * read it back (though anyone who already knows an id can confirm it).
 */
public final class LearnerDigest {

	private LearnerDigest() {
	}

	/**
	 * The learner in one program; the separator is in neither id, so no two pairs give
	 * one digest.
	 */
	public static String of(String programId, String learnerId) {
		return of(programId + '\n' + learnerId);
	}

	/** The learner in any program, for an event that names none. */
	public static String of(String learnerId) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(learnerId.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java platform has SHA-256", ex);
		}
	}

}
