package io.readyroom.scoring.engine.quality;

/**
 * What is wrong with an answer as a whole, beside its key points.
 *
 * @param lengthShare the answer's length as a share of what the question needs, at most 1
 * @param notEnglish whether the answer is written in another language than the rubric's
 */
public record AnswerFlags(boolean tooShort, boolean offTopic, boolean keywordStuffing, double lengthShare,
		boolean notEnglish) {

	public static final AnswerFlags NONE = new AnswerFlags(false, false, false, 1);

	/** Flags of an answer in English. */
	public AnswerFlags(boolean tooShort, boolean offTopic, boolean keywordStuffing, double lengthShare) {
		this(tooShort, offTopic, keywordStuffing, lengthShare, false);
	}

}
