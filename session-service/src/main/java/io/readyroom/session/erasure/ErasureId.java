package io.readyroom.session.erasure;

import io.readyroom.support.erasure.LearnerDigest;

/**
 * The id of the one receipt a learner's erasure from a program has: made from a digest of
 * program and learner, so a repeated request finds the receipt although no store keeps
 * the learner's id.
 */
final class ErasureId {

	private ErasureId() {
	}

	static String of(String programId, String learnerId) {
		return "erasure-" + LearnerDigest.of(programId, learnerId).substring(0, 32);
	}

}
