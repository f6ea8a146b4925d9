package io.readyroom.local.demo;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

import io.readyroom.local.identity.DemoAccount;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SimulatedLearnerTests {

	private static final List<String> COMPETENCIES = List.of("hipaa-privacy-rule", "release-of-information",
			"clinical-documentation-integrity", "ehr-systems", "attention-to-detail", "data-quality");

	@Test
	void aLearnerIsBetterAtSomeCompetenciesThanOthers() {
		SimulatedLearner learner = learner("demo-learner-03", 0.6);

		assertThat(COMPETENCIES.stream().map((competency) -> learner.skillFor(Map.of(competency, 1.0))).distinct())
			.hasSize(COMPETENCIES.size());
	}

	@Test
	void learnersOfTheSameSkillHaveDifferentWeakAreas() {
		assertThat(weakestOf(learner("demo-learner-01", 0.6))).isNotEqualTo(weakestOf(learner("demo-learner-02", 0.6)))
			.isNotEqualTo(weakestOf(learner("demo-learner-03", 0.6)));
	}

	@Test
	void aQuestionOnSeveralCompetenciesWeighsThem() {
		SimulatedLearner learner = learner("ana", 0.5);
		double privacy = learner.skillFor(Map.of("hipaa-privacy-rule", 1.0));
		double detail = learner.skillFor(Map.of("attention-to-detail", 1.0));

		assertThat(learner.skillFor(Map.of("hipaa-privacy-rule", 0.75, "attention-to-detail", 0.25)))
			.isCloseTo(0.75 * privacy + 0.25 * detail, org.assertj.core.api.Assertions.within(1e-9));
	}

	@Test
	void theSameLearnerHasTheSameStrengthsInEveryRun() {
		assertThat(learner("ben", 0.4).skillFor(Map.of("ehr-systems", 1.0)))
			.isEqualTo(learner("ben", 0.4).skillFor(Map.of("ehr-systems", 1.0)));
	}

	@Test
	void skillStaysWithinItsBounds() {
		assertThat(learner("ana", 0.05).skillFor(Map.of("ehr-systems", 1.0))).isEqualTo(SimulatedLearner.MIN_SKILL);
		assertThat(learner("ana", 1.2).skillFor(Map.of())).isEqualTo(SimulatedLearner.MAX_SKILL);
	}

	private static String weakestOf(SimulatedLearner learner) {
		return COMPETENCIES.stream()
			.min(Comparator.comparingDouble((competency) -> learner.skillFor(Map.of(competency, 1.0))))
			.orElseThrow();
	}

	private static SimulatedLearner learner(String username, double skill) {
		return new SimulatedLearner(
				new DemoAccount(username, username + "-demo", "learner", "demo-program", List.of("cohort-a")),
				"cohort-a", skill, Roster.MAIN_TRACK);
	}

}
