package io.readyroom.scoring.engine.quality;

/** What is wrong with an answer as a whole, beside its key points. */
public record AnswerFlags(boolean tooShort, boolean offTopic, boolean keywordStuffing) {

	public static final AnswerFlags NONE = new AnswerFlags(false, false, false);

}
