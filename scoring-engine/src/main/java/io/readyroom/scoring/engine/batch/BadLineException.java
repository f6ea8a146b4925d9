package io.readyroom.scoring.engine.batch;

/** An input line that cannot be scored, and why, in words a user can fix the line by. */
class BadLineException extends RuntimeException {

	BadLineException(String message) {
		super(message);
	}

}
