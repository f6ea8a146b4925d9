package io.readyroom.session.practice;

/**
 * The shape every id in a request must have: short, and safe in URLs, logs and file
 * names.
 */
public final class Ids {

	public static final String PATTERN = "[A-Za-z0-9][A-Za-z0-9._:-]{0,99}";

	public static final String MESSAGE = "must be 1 to 100 letters, digits, '.', '_', ':' or '-'";

	private Ids() {
	}

}
