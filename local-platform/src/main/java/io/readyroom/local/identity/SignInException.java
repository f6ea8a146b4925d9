package io.readyroom.local.identity;

/**
 * A sign-in did not yield a token; the message says why: the server is not there, the
 * password is wrong, or the server answered something unexpected.
 */
public class SignInException extends RuntimeException {

	public SignInException(String message) {
		super(message);
	}

	SignInException(String message, Throwable cause) {
		super(message, cause);
	}

}
