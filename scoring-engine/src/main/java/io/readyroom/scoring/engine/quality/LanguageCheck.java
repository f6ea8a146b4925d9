package io.readyroom.scoring.engine.quality;

import java.util.List;
import java.util.Set;

import io.readyroom.scoring.engine.text.AnalyzedText;
import io.readyroom.scoring.engine.text.Token;

/**
 * Tells an answer written in another language than English, which the rubric is in: most
 * of its letters outside the Latin script (Chinese, Arabic, Cyrillic…), or a good share
 * of its words the everyday words of the other languages learners most often write in.
 * Such an answer lacks English function words like a list of terms does, and deserves to
 * be told the real reason it cannot be matched.
 */
final class LanguageCheck {

	private static final int MIN_WORDS = 4;

	private static final double MIN_FOREIGN_FUNCTION_WORDS = 0.2;

	private static final double MIN_NON_LATIN_LETTERS = 0.3;

	/** Frequent function words of Spanish, French, Portuguese, German and Italian. */
	private static final Set<String> FOREIGN_FUNCTION_WORDS = Set.of("el", "la", "los", "las", "del", "de", "que", "y",
			"en", "por", "para", "con", "una", "un", "es", "lo", "se", "su", "al", "como", "pero", "muy", "le", "les",
			"des", "du", "et", "est", "une", "pour", "dans", "avec", "je", "nous", "vous", "pas", "qui", "ce", "der",
			"die", "das", "und", "ist", "nicht", "mit", "ich", "wir", "ein", "eine", "zu", "auf", "dem", "den", "da",
			"do", "dos", "em", "não", "com", "uma", "il", "di", "che", "non", "sono", "della", "per");

	boolean isNotEnglish(AnalyzedText answer) {
		return nonLatinShare(answer.text()) >= MIN_NON_LATIN_LETTERS
				|| foreignWordShare(answer.tokens()) >= MIN_FOREIGN_FUNCTION_WORDS;
	}

	private static double nonLatinShare(String text) {
		long letters = text.codePoints().filter(Character::isLetter).count();
		long nonLatin = text.codePoints()
			.filter(Character::isLetter)
			.filter((c) -> Character.UnicodeScript.of(c) != Character.UnicodeScript.LATIN)
			.count();
		return (letters == 0) ? 0 : (double) nonLatin / letters;
	}

	private static double foreignWordShare(List<Token> tokens) {
		if (tokens.size() < MIN_WORDS) {
			return 0;
		}
		return (double) tokens.stream().filter((t) -> FOREIGN_FUNCTION_WORDS.contains(t.word())).count()
				/ tokens.size();
	}

}
