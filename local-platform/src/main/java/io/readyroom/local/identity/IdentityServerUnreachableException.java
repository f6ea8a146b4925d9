package io.readyroom.local.identity;

/**
 * Nothing answers at the identity server's address: it is not started, or runs elsewhere.
 */
public class IdentityServerUnreachableException extends SignInException {

	IdentityServerUnreachableException(String message, Throwable cause) {
		super(message, cause);
	}

}
