package io.readyroom.local.demo;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;

import io.readyroom.local.identity.DemoAccount;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SimulatedLearnerTests {

	private static final double GROWTH = 0.05;

	private static final List<String> COMPETENCIES = List.of("hipaa-privacy-rule", "release-of-information",
			"clinical-documentation-integrity", "ehr-systems", "attention-to-detail", "data-quality");

	@Test
	void aLearnerIsBetterAtSomeCompetenciesThanOthers() {
		SimulatedLearner learner = learner("demo-learner-03", 0.6);

		assertThat(COMPETENCIES.stream().map((competency) -> learner.skillIn(2, Map.of(competency, 1.0))).distinct())
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
		double privacy = learner.skillIn(2, Map.of("hipaa-privacy-rule", 1.0));
		double detail = learner.skillIn(2, Map.of("attention-to-detail", 1.0));

		assertThat(learner.skillIn(2, Map.of("hipaa-privacy-rule", 0.75, "attention-to-detail", 0.25)))
			.isCloseTo(0.75 * privacy + 0.25 * detail, org.assertj.core.api.Assertions.within(1e-9));
	}

	@Test
	void theSameLearnerHasTheSameStrengthsInEveryRun() {
		assertThat(learner("ben", 0.4).skillIn(2, Map.of("ehr-systems", 1.0)))
			.isEqualTo(learner("ben", 0.4).skillIn(2, Map.of("ehr-systems", 1.0)));
	}

	@Test
	void aLearnerImprovesWeekByWeek() {
		SimulatedLearner learner = learner("ana", 0.5);

		assertThat(learner.skillIn(5, Map.of("ehr-systems", 1.0)) - learner.skillIn(0, Map.of("ehr-systems", 1.0)))
			.isCloseTo(5 * GROWTH, org.assertj.core.api.Assertions.within(1e-9));
	}

	@Test
	void theBetterTheSkillTheBetterTheAnswers() {
		Random random = new Random(3);

		assertThat(AnswerLevel.forSkill(0.95, random)).isEqualTo(AnswerLevel.STRONG);
		assertThat(AnswerLevel.forSkill(0.6, random)).isEqualTo(AnswerLevel.PARTIAL);
		assertThat(AnswerLevel.forSkill(0.38, random)).isEqualTo(AnswerLevel.WEAK);
		assertThat(IntStream.range(0, 100).mapToObj((i) -> AnswerLevel.forSkill(0.1, random)))
			.containsOnly(AnswerLevel.WEAK, AnswerLevel.UNSAFE)
			.contains(AnswerLevel.UNSAFE);
	}

	@Test
	void everyLearnerTakesTheFirstSessionAndOthersAsTheirTurnoutSays() {
		SimulatedLearner absent = new SimulatedLearner(learner("ben", 0.4).account(), "cohort-a", Roster.MAIN_TRACK,
				0.4, GROWTH, 0);
		Random random = new Random(5);

		assertThat(absent.takes(SessionPlans.COURSE.get(0), random)).isTrue();
		assertThat(SessionPlans.COURSE.subList(1, SessionPlans.COURSE.size()))
			.noneMatch((plan) -> absent.takes(plan, random));
	}

	private static String weakestOf(SimulatedLearner learner) {
		return COMPETENCIES.stream()
			.min(Comparator.comparingDouble((competency) -> learner.skillIn(2, Map.of(competency, 1.0))))
			.orElseThrow();
	}

	private static SimulatedLearner learner(String username, double skill) {
		return new SimulatedLearner(
				new DemoAccount(username, username + "-demo", "learner", "demo-program", List.of("cohort-a")),
				"cohort-a", Roster.MAIN_TRACK, skill, GROWTH, 1);
	}

}
