package io.readyroom.scoring.engine.quality;

import java.util.List;
import java.util.Set;

import io.readyroom.scoring.engine.text.AnalyzedText;
import io.readyroom.scoring.engine.text.Token;

/**
 * Flags answers that are too short for the question, off its topic, a list of terms, or
 * not in English.
 *
 * <p>
 * Too short is relative to the model answer, so a one-line science answer and a
 * two-minute interview story are each judged against what the question needs.
 */
public final class AnswerQualityCheck {

	private static final int MIN_WORDS_FLOOR = 4;

	private static final int MIN_WORDS_CEILING = 30;

	private static final double MIN_SHARE_OF_MODEL_ANSWER = 0.3;

	private static final double OFF_TOPIC_MAX_SIMILARITY = 0.3;

	private static final double OFF_TOPIC_MAX_SHARED_WORDS = 0.15;

	private final KeywordListDetector keywordLists = new KeywordListDetector();

	private final LanguageCheck language = new LanguageCheck();

	/**
	 * @param modelAnswerWords words in the model answer (0 when there is none)
	 * @param topicConcepts concepts of the question, model answer and rubric
	 * @param topicSimilarity the best cosine of any answer sentence to the question's
	 * references
	 */
	public AnswerFlags check(AnalyzedText answer, int modelAnswerWords, Set<String> topicConcepts,
			double topicSimilarity) {
		int needed = wordsNeeded(modelAnswerWords);
		boolean notEnglish = this.language.isNotEnglish(answer);
		return new AnswerFlags(answer.wordCount() < needed, isOffTopic(answer, topicConcepts, topicSimilarity),
				!notEnglish && this.keywordLists.isKeywordList(answer),
				Math.min(1.0, (double) answer.wordCount() / needed), notEnglish);
	}

	private static int wordsNeeded(int modelAnswerWords) {
		int needed = (modelAnswerWords == 0) ? MIN_WORDS_CEILING
				: (int) Math.round(modelAnswerWords * MIN_SHARE_OF_MODEL_ANSWER);
		return Math.max(MIN_WORDS_FLOOR, Math.min(MIN_WORDS_CEILING, needed));
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
