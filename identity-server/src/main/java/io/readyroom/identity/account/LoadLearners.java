package io.readyroom.identity.account;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

import io.readyroom.contracts.token.Role;

/**
 * The accounts {@code ./readyroom load} practises with: learners
 * {@code load-learner-0001} to {@code load-learner-N} in {@value #COHORT} of
 * {@value #PROGRAM}, and {@value #COACH}, who reads that cohort's dashboard. Each
 * password is the username followed by {@code -load}. Made up from their names rather
 * than configured, so that a thousand of them cost nothing, and kept off the demo
 * accounts' lists.
 */
public final class LoadLearners {

	static final String PROGRAM = "demo-program";

	static final String COHORT = "load-cohort";

	static final String COACH = "load-coach";

	private static final Pattern LEARNER = Pattern.compile("load-learner-(\\d{4})");

	private final int count;

	LoadLearners(int count) {
		if (count < 0 || count > 9999) {
			throw new IllegalArgumentException("load-learners must be from 0 to 9999, not " + count);
		}
		this.count = count;
	}

	Optional<DemoAccount> find(String username) {
		if (this.count > 0 && COACH.equals(username)) {
			return Optional.of(coach());
		}
		Matcher matcher = LEARNER.matcher(username);
		if (!matcher.matches()) {
			return Optional.empty();
		}
		int number = Integer.parseInt(matcher.group(1));
		return (number >= 1 && number <= this.count) ? Optional.of(learner(number)) : Optional.empty();
	}

	/** The learners and, if there are any, their coach. */
	List<DemoAccount> all() {
		if (this.count == 0) {
			return List.of();
		}
		return IntStream.rangeClosed(0, this.count)
			.mapToObj((number) -> (number == 0) ? coach() : learner(number))
			.toList();
	}

	private static DemoAccount learner(int number) {
		String username = "load-learner-%04d".formatted(number);
		return new DemoAccount(username, username + "-load", Role.LEARNER, PROGRAM, List.of(COHORT));
	}

	private static DemoAccount coach() {
		return new DemoAccount(COACH, COACH + "-load", Role.COACH, PROGRAM, List.of(COHORT));
	}

}
