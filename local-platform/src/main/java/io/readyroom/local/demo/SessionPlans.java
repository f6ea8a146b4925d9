package io.readyroom.local.demo;

import java.util.ArrayList;
import java.util.List;

/**
 * The demo's course of practice over {@value #WEEKS} weeks, the same for every learner,
 * who takes as much of it as their turnout says: mock interviews and practice sets by
 * question type and difficulty, one to three sessions a week. The last two weeks hold a
 * situational set and an intermediate technical set each, the questions behind release of
 * information, record integrity and attention to detail, so a learner who answers them
 * well has the evidence their role's readiness rules ask for.
 */
final class SessionPlans {

	static final int WEEKS = 6;

	static final List<SessionPlan> COURSE = course();

	private SessionPlans() {
	}

	private static List<SessionPlan> course() {
		List<List<Session>> weeks = List.of(List.of(mock(5)), List.of(set("technical", "beginner", 4)),
				List.of(mock(5), set("behavioral", "", 4)),
				List.of(set("technical", "beginner", 4), set("situational", "", 2)),
				List.of(set("situational", "", 2), set("technical", "intermediate", 3), mock(5)),
				List.of(set("situational", "", 2), set("technical", "intermediate", 3),
						set("technical", "beginner", 4)));
		List<SessionPlan> plans = new ArrayList<>();
		for (int week = 0; week < weeks.size(); week++) {
			for (int slot = 0; slot < weeks.get(week).size(); slot++) {
				Session session = weeks.get(week).get(slot);
				plans.add(new SessionPlan(week, slot, session.mode(), session.types(), session.difficulties(),
						session.questionCount()));
			}
		}
		return List.copyOf(plans);
	}

	private static Session mock(int questions) {
		return new Session(SessionPlan.MOCK_INTERVIEW, List.of(), List.of(), questions);
	}

	private static Session set(String type, String difficulty, int questions) {
		return new Session(SessionPlan.PRACTICE_SET, List.of(type),
				difficulty.isEmpty() ? List.of() : List.of(difficulty), questions);
	}

	private record Session(String mode, List<String> types, List<String> difficulties, int questionCount) {
	}

}
