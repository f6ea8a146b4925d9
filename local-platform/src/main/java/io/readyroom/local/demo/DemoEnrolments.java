package io.readyroom.local.demo;

import java.util.List;
import java.util.Map;

/**
 * Puts each simulated learner in the program's data as a director would: enrolled in
 * their cohort, with the role track they practise for as their target role, so that
 * readiness is judged for it.
 */
final class DemoEnrolments {

	private final ServiceClient sessions;

	DemoEnrolments(ServiceClient sessions) {
		this.sessions = sessions;
	}

	void enrol(List<SimulatedLearner> roster, String directorToken) {
		for (SimulatedLearner learner : roster) {
			String enrolment = "/api/programs/" + DemoPractice.PROGRAM + "/enrolments/" + learner.username();
			this.sessions.put(enrolment, Map.of("cohortId", learner.cohortId()), directorToken);
			this.sessions.put(enrolment + "/target-role", Map.of("roleTrack", learner.roleTrack()), directorToken);
		}
	}

}
