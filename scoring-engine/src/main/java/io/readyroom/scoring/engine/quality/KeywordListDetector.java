package io.readyroom.scoring.engine.quality;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import io.readyroom.scoring.engine.text.AnalyzedText;
import io.readyroom.scoring.engine.text.Token;

/**
 * Tells a list of terms from an answer. Two tells, either is enough: almost no function
 * words (English prose is about 40% "the", "to", "I"; a list of buzzwords almost none),
 * or text cut by commas, semicolons or bullets into short items of which hardly any has a
 * subject or a verb to hold it together ("minimum necessary, verify identity of the
 * requester, audit trail, accounting of disclosures"), which keeps a few "of"s and "the"s
 * and so passed the first tell.
 */
final class KeywordListDetector {

	private static final int MIN_WORDS = 6;

	private static final double MAX_FUNCTION_WORDS = 0.15;

	private static final Pattern ITEM_SEPARATOR = Pattern.compile("[,;|/•·\\n]+|\\s[-–*]\\s");

	private static final int MIN_ITEMS = 4;

	private static final int SHORT_ITEM_WORDS = 5;

	private static final double MIN_SHORT_ITEMS = 0.7;

	private static final double MAX_ITEMS_WITH_CLAUSE = 0.3;

	/** Words that make an item a clause: a subject or a finite verb. */
	private static final Set<String> CLAUSE_WORDS = Set.of("i", "we", "you", "he", "she", "they", "it", "is", "are",
			"was", "were", "am", "be", "been", "would", "will", "should", "can", "could", "must", "do", "does", "did",
			"have", "has", "had", "i'd", "i'm", "i've", "i'll", "we'd", "we're", "we've", "it's", "that's", "there's");

	boolean isKeywordList(AnalyzedText answer) {
		List<Token> tokens = answer.tokens();
		if (tokens.size() < MIN_WORDS) {
			return false;
		}
		long glue = tokens.stream().filter((t) -> t.functionWord() || t.negation()).count();
		return (double) glue / tokens.size() < MAX_FUNCTION_WORDS || isListOfItems(answer.text());
	}

	private static boolean isListOfItems(String text) {
		List<List<String>> items = Arrays.stream(ITEM_SEPARATOR.split(text))
			.map((item) -> Arrays.stream(item.trim().toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}'-]+"))
				.filter((word) -> !word.isEmpty())
				.toList())
			.filter((words) -> !words.isEmpty())
			.toList();
		if (items.size() < MIN_ITEMS) {
			return false;
		}
		long shortItems = items.stream().filter((words) -> words.size() <= SHORT_ITEM_WORDS).count();
		long clauses = items.stream().filter((words) -> words.stream().anyMatch(CLAUSE_WORDS::contains)).count();
		return shortItems >= MIN_SHORT_ITEMS * items.size() && clauses <= MAX_ITEMS_WITH_CLAUSE * items.size();
	}

}
