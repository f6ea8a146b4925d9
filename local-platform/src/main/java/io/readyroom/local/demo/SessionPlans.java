package io.readyroom.local.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * A learner's two or three sessions: a mock interview first, then practice sets, some on
 * one question type, each of four to six questions.
 */
final class SessionPlans {

	static final int MIN_QUESTIONS = 4;

	static final int MAX_QUESTIONS = 6;

	private SessionPlans() {
	}

	/**
	 * @param questionsByType how many questions of each type the learner's role track
	 * has; a practice set keeps to a type with enough of them
	 */
	static List<SessionPlan> draw(Random random, Map<String, Integer> questionsByType) {
		List<String> ampleTypes = questionsByType.entrySet()
			.stream()
			.filter((type) -> type.getValue() >= MIN_QUESTIONS)
			.map(Map.Entry::getKey)
			.sorted()
			.toList();
		int sessions = 2 + random.nextInt(2);
		List<SessionPlan> plans = new ArrayList<>();
		plans.add(new SessionPlan(SessionPlan.MOCK_INTERVIEW, List.of(), questionCount(random)));
		while (plans.size() < sessions) {
			List<String> types = (ampleTypes.isEmpty() || random.nextInt(3) == 0) ? List.of()
					: List.of(ampleTypes.get(random.nextInt(ampleTypes.size())));
			plans.add(new SessionPlan(SessionPlan.PRACTICE_SET, types, questionCount(random)));
		}
		return plans;
	}

	private static int questionCount(Random random) {
		return MIN_QUESTIONS + random.nextInt(MAX_QUESTIONS - MIN_QUESTIONS + 1);
	}

}
