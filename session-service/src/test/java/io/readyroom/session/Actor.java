package io.readyroom.session;

import io.readyroom.support.security.Caller;
import io.readyroom.testsupport.TestCallers;

/**
 * The callers of the access tests, each placed relative to Ana, a learner in cohort A of
 * program A.
 */
enum Actor {

	ANA("Ana, a learner", TestCallers.learner("ana", "program-a", "cohort-a")),

	HER_COACH("Ana's coach", TestCallers.coach("carla", "program-a", "cohort-a")),

	HER_DIRECTOR("Ana's program director", TestCallers.director("dana", "program-a")),

	ADMIN("an admin", TestCallers.admin("root")),

	OTHER_PROGRAMS_COACH("a coach of another program", TestCallers.coach("otto", "program-b", "cohort-x")),

	OTHER_PROGRAMS_DIRECTOR("a director of another program", TestCallers.director("omar", "program-b"));

	private final String description;

	final Caller caller;

	Actor(String description, Caller caller) {
		this.description = description;
		this.caller = caller;
	}

	@Override
	public String toString() {
		return this.description;
	}

}
