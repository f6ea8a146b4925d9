package io.readyroom.scoring.evaluation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits text into stemmed words, keeping character offsets so evidence can point into
 * the learner's own answer. Stop words carry no key point and are dropped.
 */
final class Tokenizer {

	private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

	private static final Set<String> STOP_WORDS = Set.of("a", "an", "and", "are", "as", "at", "be", "by", "do", "for",
			"from", "i", "if", "in", "is", "it", "its", "me", "my", "of", "on", "or", "our", "so", "that", "the",
			"their", "them", "then", "they", "this", "to", "we", "with", "would", "you", "your");

	private Tokenizer() {
	}

	static List<Token> tokens(String text) {
		List<Token> tokens = new ArrayList<>();
		Matcher words = WORD.matcher(text);
		while (words.find()) {
			String word = words.group().toLowerCase(Locale.ROOT);
			if (!STOP_WORDS.contains(word)) {
				tokens.add(new Token(Stemmer.stem(word), words.start(), words.end()));
			}
		}
		return tokens;
	}

	static List<String> stems(String phrase) {
		return tokens(phrase).stream().map(Token::stem).distinct().toList();
	}

}
