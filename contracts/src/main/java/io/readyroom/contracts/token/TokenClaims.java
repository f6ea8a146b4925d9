package io.readyroom.contracts.token;

/**
 * The claims the identity server adds to access and ID tokens, and the services and the
 * web app read: the one list of their names.
 */
public final class TokenClaims {

	/**
	 * The user's roles, each a {@link Role#claimValue()}; Readyroom gives each user one.
	 */
	public static final String ROLES = "roles";

	/** The program the user belongs to; absent only for an admin. */
	public static final String PROGRAM_ID = "program_id";

	/** A learner's cohort, a coach's cohorts; empty for other roles. */
	public static final String COHORT_IDS = "cohort_ids";

	/**
	 * The OAuth client an access token was issued to, e.g. {@code readyroom-web}: the
	 * access log's "from which client".
	 */
	public static final String AUTHORIZED_PARTY = "azp";

	/** The audience of access tokens: the services. */
	public static final String AUDIENCE = "readyroom";

	private TokenClaims() {
	}

}
