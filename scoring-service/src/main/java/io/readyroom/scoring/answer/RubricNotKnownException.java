package io.readyroom.scoring.answer;

/**
 * The answer names a question version the scorer has not seen. Usually the bank record is
 * still on its way, so the answer is retried; if it never comes, the answer goes to the
 * dead-letter topic with this message.
 */
class RubricNotKnownException extends RuntimeException {

	private final int position;

	/**
	 * @param position where the answer is in the batch it came in; the answers before it
	 * are scored
	 */
	RubricNotKnownException(String questionId, int version, int position) {
		super("No rubric known for question " + questionId + " version " + version);
		this.position = position;
	}

	int position() {
		return this.position;
	}

}
