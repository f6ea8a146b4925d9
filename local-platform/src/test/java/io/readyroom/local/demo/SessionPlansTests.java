package io.readyroom.local.demo;

import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SessionPlansTests {

	private static final Map<String, Integer> QUESTIONS_BY_TYPE = Map.of("behavioral", 9, "technical", 11,
			"situational", 2);

	@Test
	void aLearnerStartsWithAMockInterviewAndGoesOnWithPracticeSets() {
		for (int seed = 0; seed < 50; seed++) {
			List<SessionPlan> plans = SessionPlans.draw(new Random(seed), QUESTIONS_BY_TYPE);

			assertThat(plans).hasSizeBetween(2, 3);
			assertThat(plans.get(0).mode()).isEqualTo(SessionPlan.MOCK_INTERVIEW);
			assertThat(plans.subList(1, plans.size())).extracting(SessionPlan::mode)
				.containsOnly(SessionPlan.PRACTICE_SET);
			assertThat(plans).extracting(SessionPlan::questionCount)
				.allSatisfy(
						(count) -> assertThat(count).isBetween(SessionPlans.MIN_QUESTIONS, SessionPlans.MAX_QUESTIONS));
		}
	}

	@Test
	void aPracticeSetKeepsToATypeWithEnoughQuestions() {
		List<List<String>> types = IntStream.range(0, 100)
			.mapToObj((seed) -> SessionPlans.draw(new Random(seed), QUESTIONS_BY_TYPE))
			.flatMap(List::stream)
			.map(SessionPlan::types)
			.toList();

		assertThat(types).contains(List.of(), List.of("behavioral"), List.of("technical"))
			.doesNotContain(List.of("situational"));
	}

	@Test
	void theStartRequestSaysWhatToPractiseOnly() {
		SessionPlan plan = new SessionPlan(SessionPlan.PRACTICE_SET, List.of("technical"), 5);

		assertThat(plan.startRequest("ehr-specialist")).containsExactly(Map.entry("roleTrack", "ehr-specialist"),
				Map.entry("mode", "practice-set"), Map.entry("types", List.of("technical")),
				Map.entry("questionCount", 5));
		assertThat(new SessionPlan(SessionPlan.MOCK_INTERVIEW, List.of(), 4).startRequest("ehr-specialist"))
			.doesNotContainKey("types");
	}

}
