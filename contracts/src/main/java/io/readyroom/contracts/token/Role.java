package io.readyroom.contracts.token;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * What a person does in Readyroom; a token names it in its {@value TokenClaims#ROLES}
 * claim as its {@link #claimValue()}.
 */
public enum Role {

	/** Practises; sees only their own sessions, answers and reports. */
	LEARNER,

	/** Reads the cohorts named in their token and those cohorts' learners. */
	COACH,

	/** Reads and exports their program; manages its question bank and readiness rules. */
	DIRECTOR,

	/** Manages programs: may do what a director does, in every program. */
	ADMIN;

	/** The role as a token writes it, e.g. {@code learner}; also its JSON form. */
	@JsonValue
	public String claimValue() {
		return name().toLowerCase(Locale.ROOT);
	}

	/** The Spring Security authority that {@code hasRole(name())} checks. */
	public String authority() {
		return "ROLE_" + name();
	}

	/**
	 * The names of the staff roles, for {@code hasAnyRole}: coach, director and admin.
	 */
	public static String[] staff() {
		return new String[] { COACH.name(), DIRECTOR.name(), ADMIN.name() };
	}

	/**
	 * The names of the roles that manage a program, for {@code hasAnyRole}: director and
	 * admin.
	 */
	public static String[] programManagers() {
		return new String[] { DIRECTOR.name(), ADMIN.name() };
	}

	public static Optional<Role> fromClaimValue(String value) {
		return Arrays.stream(values()).filter((role) -> role.claimValue().equals(value)).findFirst();
	}

	/**
	 * The known roles in a {@value TokenClaims#ROLES} claim's values, each once; anything
	 * else is ignored.
	 */
	public static List<Role> allIn(Object claim) {
		if (!(claim instanceof Collection<?> values)) {
			return List.of();
		}
		return values.stream()
			.map(String::valueOf)
			.map(Role::fromClaimValue)
			.flatMap(Optional::stream)
			.distinct()
			.toList();
	}

}
