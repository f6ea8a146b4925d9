package io.readyroom.identity.account;

import java.util.Locale;

/**
 * What a user may do in Readyroom; the services decide by it.
 */
public enum Role {

	LEARNER, COACH, DIRECTOR, ADMIN;

	/**
	 * @return the role as the tokens' {@code roles} claim carries it, e.g.
	 * {@code learner}
	 */
	public String claimValue() {
		return name().toLowerCase(Locale.ROOT);
	}

}
