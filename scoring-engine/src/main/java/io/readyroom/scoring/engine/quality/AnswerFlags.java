package io.readyroom.scoring.engine.quality;

/**
 * What is wrong with an answer as a whole, beside its key points.
 *
 * @param lengthShare the answer's length as a share of what the question needs, at most 1
 */
public record AnswerFlags(boolean tooShort, boolean offTopic, boolean keywordStuffing, double lengthShare) {

	public static final AnswerFlags NONE = new AnswerFlags(false, false, false, 1);

}
