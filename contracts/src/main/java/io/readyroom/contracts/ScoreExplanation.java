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
 */
public record ScoreExplanation(List<StructureCheck> structure, Boolean stepsInOrder, List<String> specifics,
		List<FlaggedPractice> redFlags, List<String> answerFlags, List<String> capReasons, List<String> strengths,
		List<String> hints, String structureTip) {

	public ScoreExplanation {
		structure = List.copyOf(structure);
		specifics = List.copyOf(specifics);
		redFlags = List.copyOf(redFlags);
		answerFlags = List.copyOf(answerFlags);
		capReasons = List.copyOf(capReasons);
		strengths = List.copyOf(strengths);
		hints = List.copyOf(hints);
	}

	/**
	 * One element of the expected structure and the answer's words that show it, if any.
	 */
	public record StructureCheck(String element, boolean present, String evidence) {

	}

	/** A red flag the answer raised, with the words that raised it. */
	public record FlaggedPractice(String redFlagId, String description, String evidence) {

	}

	public static ScoreExplanation none() {
		return new ScoreExplanation(List.of(), null, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
				"");
	}

}
