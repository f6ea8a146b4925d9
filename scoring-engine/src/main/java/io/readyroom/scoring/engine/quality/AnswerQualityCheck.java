package io.readyroom.scoring.engine.quality;

import java.util.List;
import java.util.Set;

import io.readyroom.scoring.engine.text.AnalyzedText;
import io.readyroom.scoring.engine.text.Token;

/**
 * Flags answers that are too short for the question, off its topic, or keyword stuffing.
 *
 * <p>
 * Too short is relative to the model answer, so a one-line science answer and a
 * two-minute interview story are each judged against what the question needs. Keyword
 * stuffing is told by the missing glue of real sentences: English prose is about 40%
 * function words ("the", "to", "I"), a list of buzzwords almost none.
 */
public final class AnswerQualityCheck {

	private static final int MIN_WORDS_FLOOR = 4;

	private static final int MIN_WORDS_CEILING = 30;

	private static final double MIN_SHARE_OF_MODEL_ANSWER = 0.3;

	private static final int STUFFING_MIN_WORDS = 6;

	private static final double STUFFING_MAX_FUNCTION_WORDS = 0.15;

	private static final double OFF_TOPIC_MAX_SIMILARITY = 0.3;

	private static final double OFF_TOPIC_MAX_SHARED_WORDS = 0.15;

	/**
	 * @param modelAnswerWords words in the model answer (0 when there is none)
	 * @param topicConcepts concepts of the question, model answer and rubric
	 * @param topicSimilarity the best cosine of any answer sentence to the question's
	 * references
	 */
	public AnswerFlags check(AnalyzedText answer, int modelAnswerWords, Set<String> topicConcepts,
			double topicSimilarity) {
		return new AnswerFlags(isTooShort(answer, modelAnswerWords), isOffTopic(answer, topicConcepts, topicSimilarity),
				isKeywordStuffing(answer));
	}

	static boolean isTooShort(AnalyzedText answer, int modelAnswerWords) {
		int needed = (modelAnswerWords == 0) ? MIN_WORDS_CEILING
				: (int) Math.round(modelAnswerWords * MIN_SHARE_OF_MODEL_ANSWER);
		return answer.wordCount() < Math.max(MIN_WORDS_FLOOR, Math.min(MIN_WORDS_CEILING, needed));
	}

	static boolean isKeywordStuffing(AnalyzedText answer) {
		List<Token> tokens = answer.tokens();
		if (tokens.size() < STUFFING_MIN_WORDS) {
			return false;
		}
		long glue = tokens.stream().filter((t) -> t.functionWord() || t.negation()).count();
		return (double) glue / tokens.size() < STUFFING_MAX_FUNCTION_WORDS;
	}

	static boolean isOffTopic(AnalyzedText answer, Set<String> topicConcepts, double topicSimilarity) {
		List<Token> content = answer.contentTokens();
		if (content.isEmpty()) {
			return true;
		}
		long shared = content.stream().filter((t) -> topicConcepts.contains(t.concept())).count();
		return topicSimilarity < OFF_TOPIC_MAX_SIMILARITY
				&& (double) shared / content.size() < OFF_TOPIC_MAX_SHARED_WORDS;
	}

}
