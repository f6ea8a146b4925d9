package io.readyroom.web.account;

import java.util.List;

import io.readyroom.contracts.token.Role;
import org.jspecify.annotations.Nullable;

/**
 * Where each role goes: its home page and the main navigation. Learners practise and read
 * their own report; coaches read their cohorts, review answers and see where their grades
 * and the scorer's disagree; directors and admins also manage the program's questions,
 * readiness rules, cohorts and enrolments, read who looked at their learners' data, keep
 * and erase that data, and send practice to their learning record store.
 */
public final class Navigation {

	static final NavigationLink PRACTICE = new NavigationLink("Practice", "/practice");

	static final NavigationLink REPORT = new NavigationLink("My report", "/report");

	static final NavigationLink COHORTS = new NavigationLink("Cohorts", "/cohorts");

	static final NavigationLink REVIEW = new NavigationLink("Review", "/review");

	static final NavigationLink AGREEMENT = new NavigationLink("Agreement", "/agreement");

	static final NavigationLink EXPORTS = new NavigationLink("Exports", "/exports");

	static final NavigationLink QUESTIONS = new NavigationLink("Questions", "/program/questions");

	static final NavigationLink READINESS_RULES = new NavigationLink("Readiness rules", "/program/readiness");

	static final NavigationLink PROGRAM_COHORTS = new NavigationLink("Enrolments", "/program/cohorts");

	static final NavigationLink ACCESS_LOG = new NavigationLink("Access log", "/program/access-log");

	static final NavigationLink LEARNER_DATA = new NavigationLink("Learner data", "/program/learner-data");

	static final NavigationLink LRS = new NavigationLink("xAPI", "/program/lrs");

	private Navigation() {
	}

	public static List<NavigationLink> of(@Nullable Role role) {
		if (role == null) {
			return List.of();
		}
		return switch (role) {
			case LEARNER -> List.of(PRACTICE, REPORT);
			case COACH -> List.of(COHORTS, REVIEW, AGREEMENT, EXPORTS);
			case DIRECTOR, ADMIN -> List.of(COHORTS, REVIEW, AGREEMENT, EXPORTS, QUESTIONS, READINESS_RULES,
					PROGRAM_COHORTS, ACCESS_LOG, LEARNER_DATA, LRS);
		};
	}

	/** The page a role starts on; the welcome page for a user without a role. */
	public static String home(@Nullable Role role) {
		List<NavigationLink> links = of(role);
		return links.isEmpty() ? "/" : links.get(0).href();
	}

}
