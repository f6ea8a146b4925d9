package io.readyroom.contracts;

import java.util.List;

/**
 * Everything beyond the key points that explains a score, for the learner's feedback.
 *
 * @param structure the expected structure's elements (STAR components, or the rubric's
 * steps in order) and whether the answer has each
 * @param stepsInOrder for ordered-steps rubrics, whether the steps found come in the
 * expected order; null otherwise
 * @param specifics named standards, systems and figures the answer gives
 * @param redFlags unsafe or non-compliant practice the answer reveals; each caps the
 * score
 * @param answerFlags problems with the answer as a whole, e.g. {@code too-short},
 * {@code off-topic}, {@code keyword-stuffing}, {@code not-english}
 * @param capReasons why the score was lowered (red flags, a list of terms, off-topic, too
 * short), if it was; the name is kept from when these capped it
 * @param strengths what the answer does well
 * @param hints one per missed key point: what to add, not the model answer
 * @param structureTip one tip on the answer's structure
 * @param gradedExamples the graded answers the score leaned on, when the question had
 * enough of them; null otherwise
 */
public record ScoreExplanation(List<StructureCheck> structure, Boolean stepsInOrder, List<String> specifics,
		List<FlaggedPractice> redFlags, List<String> answerFlags, List<String> capReasons, List<String> strengths,
		List<String> hints, String structureTip, GradedExamplesLeanedOn gradedExamples) {

	public ScoreExplanation {
		structure = List.copyOf(structure);
		specifics = List.copyOf(specifics);
		redFlags = List.copyOf(redFlags);
		answerFlags = List.copyOf(answerFlags);
		capReasons = List.copyOf(capReasons);
		strengths = List.copyOf(strengths);
		hints = List.copyOf(hints);
	}

	/** An explanation of a score that no graded answers shaped. */
	public ScoreExplanation(List<StructureCheck> structure, Boolean stepsInOrder, List<String> specifics,
			List<FlaggedPractice> redFlags, List<String> answerFlags, List<String> capReasons, List<String> strengths,
			List<String> hints, String structureTip) {
		this(structure, stepsInOrder, specifics, redFlags, answerFlags, capReasons, strengths, hints, structureTip,
				null);
	}

	/**
	 * One element of the expected structure and the answer's words that show it, if any.
	 */
	public record StructureCheck(String element, boolean present, String evidence) {

	}

	/** A red flag the answer raised, with the words that raised it. */
	public record FlaggedPractice(String redFlagId, String description, String evidence) {

	}

	/**
	 * How a question's graded answers shaped the score: how many there were, what the
	 * rubric alone gave, what the nearest graded answers suggest, and which they were.
	 */
	public record GradedExamplesLeanedOn(int examples, int rubricScore, int nearestScore, List<CitedExample> nearest) {

		public GradedExamplesLeanedOn {
			nearest = List.copyOf(nearest);
		}

	}

	/**
	 * A graded answer a score leaned on: the reviewed answer's id (null for an example
	 * given inline), its text, its grade and its closeness in meaning (cosine) to the
	 * scored answer.
	 */
	public record CitedExample(String answerId, String answer, int score, double similarity) {

		/**
		 * The example as a learner may see it: another learner's answer keeps its grade
		 * and closeness, not its words or id.
		 */
		public CitedExample anonymous() {
			return (this.answerId != null) ? new CitedExample(null, null, this.score, this.similarity) : this;
		}

	}

	/**
	 * This explanation as the learner reads it: the graded answers it leaned on without
	 * the other learners' words.
	 */
	public ScoreExplanation forLearner() {
		if (this.gradedExamples == null) {
			return this;
		}
		GradedExamplesLeanedOn anonymous = new GradedExamplesLeanedOn(this.gradedExamples.examples(),
				this.gradedExamples.rubricScore(), this.gradedExamples.nearestScore(),
				this.gradedExamples.nearest().stream().map(CitedExample::anonymous).toList());
		return new ScoreExplanation(this.structure, this.stepsInOrder, this.specifics, this.redFlags, this.answerFlags,
				this.capReasons, this.strengths, this.hints, this.structureTip, anonymous);
	}

	public static ScoreExplanation none() {
		return new ScoreExplanation(List.of(), null, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
				"");
	}

}
