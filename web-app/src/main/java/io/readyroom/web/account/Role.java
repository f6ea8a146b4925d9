package io.readyroom.web.account;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * A Readyroom role as the token's {@code roles} claim names it ({@code learner},
 * {@code coach}, {@code director}, {@code admin}).
 */
public enum Role {

	LEARNER, COACH, DIRECTOR, ADMIN;

	/** The claim that lists the user's roles. */
	public static final String CLAIM = "roles";

	@JsonValue
	public String claimValue() {
		return name().toLowerCase(Locale.ROOT);
	}

	/** The Spring Security authority granted for the role. */
	public String authority() {
		return "ROLE_" + name();
	}

	public boolean isStaff() {
		return this != LEARNER;
	}

	public static Optional<Role> fromClaimValue(String value) {
		return Arrays.stream(values()).filter((role) -> role.claimValue().equals(value)).findFirst();
	}

	/** The known roles in a {@code roles} claim value; anything else is ignored. */
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
