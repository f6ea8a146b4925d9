package io.readyroom.local.demo;

import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * How good a simulated answer is, as {@code demo/answers.yaml} sorts the written answers.
 * A learner's skill on a question, give or take a little luck, decides the level.
 */
enum AnswerLevel {

	/** Covers most of the rubric's key points, specific and structured. */
	STRONG,

	/** Some key points, generic in places. */
	PARTIAL,

	/** Vague or beside the point. */
	WEAK,

	/** Trips one of the question's red flags; not every question has one. */
	UNSAFE;

	/** The levels every question the demo can be asked has answers at. */
	static final List<AnswerLevel> OF_EVERY_QUESTION = List.of(STRONG, PARTIAL, WEAK);

	/** Skill from which an answer is strong, luck included. */
	static final double STRONG_FROM = 0.75;

	static final double PARTIAL_FROM = 0.45;

	/** Below this skill a weak answer is sometimes an unsafe one. */
	static final double UNSAFE_BELOW = 0.3;

	/** How far luck moves the skill of one answer, either way. */
	static final double LUCK = 0.05;

	private static final double UNSAFE_CHANCE = 0.35;

	/**
	 * @param skill the learner's skill on the question, about 0 (knows nothing) to 1
	 * (answers it well every time) and beyond
	 */
	static AnswerLevel forSkill(double skill, Random random) {
		double lucky = skill + LUCK * (2 * random.nextDouble() - 1);
		boolean careless = random.nextDouble() < UNSAFE_CHANCE;
		if (lucky >= STRONG_FROM) {
			return STRONG;
		}
		if (lucky >= PARTIAL_FROM) {
			return PARTIAL;
		}
		return (lucky < UNSAFE_BELOW && careless) ? UNSAFE : WEAK;
	}

	/** Its name in {@code demo/answers.yaml}. */
	String key() {
		return name().toLowerCase(Locale.ROOT);
	}

}
