package io.readyroom.local.demo;

import java.util.Map;
import java.util.Random;

import io.readyroom.local.identity.DemoAccount;

/**
 * A demo learner as the simulation plays them: where they start, how fast they improve
 * week by week, how regularly they practise, how that varies by competency, and the one
 * role they prepare for.
 *
 * @param account the learner's demo account
 * @param cohortId the learner's cohort
 * @param roleTrack the target role the learner practises for, in every session
 * @param startSkill skill in the first week, from 0 (knows nothing) to 1 (answers well
 * every time)
 * @param weeklyGrowth how much the skill grows each week
 * @param turnout the chance of taking each planned session after the first, which every
 * learner takes
 */
record SimulatedLearner(DemoAccount account, String cohortId, String roleTrack, double startSkill, double weeklyGrowth,
		double turnout) {

	// per competency the skill moves by -0.12 to +0.08: most learners have a weak area or
	// two, and none so weak that the strongest could not be ready for their role
	static final double COMPETENCY_SPREAD = 0.2;

	static final double COMPETENCY_BIAS = -0.12;

	String username() {
		return this.account.username();
	}

	long seed() {
		return Seeds.of(username());
	}

	/** The sequence the learner's sessions and answers are drawn from. */
	Random random() {
		return new Random(seed());
	}

	/**
	 * @param week the week of practice, 0 for the first
	 * @param competencies what a question assesses, competency to weight
	 * @return the learner's skill on that question in that week
	 */
	double skillIn(int week, Map<String, Double> competencies) {
		double offset = competencies.entrySet()
			.stream()
			.mapToDouble((weight) -> weight.getValue() * offset(weight.getKey()))
			.sum();
		return this.startSkill + this.weeklyGrowth * week + offset;
	}

	/** How well the learner answers such a question in that week, luck included. */
	AnswerLevel answerIn(int week, Map<String, Double> competencies, Random random) {
		return AnswerLevel.forSkill(skillIn(week, competencies), random);
	}

	/**
	 * Whether the learner takes a planned session; draws the same whatever the answer.
	 */
	boolean takes(SessionPlan plan, Random random) {
		boolean shows = random.nextDouble() < this.turnout;
		return plan.isFirst() || shows;
	}

	private double offset(String competency) {
		return COMPETENCY_BIAS + COMPETENCY_SPREAD * new Random(Seeds.of(seed(), competency)).nextDouble();
	}

}
