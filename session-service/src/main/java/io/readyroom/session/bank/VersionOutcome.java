package io.readyroom.session.bank;

/** What recording a question did. */
public record VersionOutcome(String questionId, int version, Change change) {

	/** How the recorded question relates to what was there. */
	public enum Change {

		/** A question id not seen before: version 1. */
		CREATED,

		/** The content changed: a new version, the old one stays resolvable. */
		NEW_VERSION,

		/** Same content as the current version: nothing stored or published. */
		UNCHANGED

	}

}
