package io.readyroom.local.demo;

import java.util.Map;
import java.util.Random;

import io.readyroom.local.identity.DemoAccount;

/**
 * A demo learner as the simulation plays them: how good they are overall, how that varies
 * by competency, and the role they prepare for.
 *
 * @param account the learner's demo account
 * @param cohortId the learner's cohort
 * @param skill overall, from 0 (knows nothing) to 1 (tells the model answer)
 * @param roleTrack the target role the learner practises for
 */
record SimulatedLearner(DemoAccount account, String cohortId, double skill, String roleTrack) {

	static final double MIN_SKILL = 0.05;

	static final double MAX_SKILL = 0.97;

	// per competency the skill moves by -0.3 to +0.2: most learners have a weak area or
	// two
	private static final double SPREAD = 0.5;

	private static final double BIAS = -0.3;

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
	 * @param competencies what a question assesses, competency to weight
	 * @return the learner's skill on that question
	 */
	double skillFor(Map<String, Double> competencies) {
		double offset = competencies.entrySet()
			.stream()
			.mapToDouble((weight) -> weight.getValue() * offset(weight.getKey()))
			.sum();
		return clamp(this.skill + offset);
	}

	private double offset(String competency) {
		return BIAS + SPREAD * new Random(Seeds.of(seed(), competency)).nextDouble();
	}

	static double clamp(double skill) {
		return Math.max(MIN_SKILL, Math.min(MAX_SKILL, skill));
	}

}
