package io.readyroom.scoring.engine.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cuts a text into sentences and tokens. Stateless and thread-safe; the same text always
 * gives the same analysis.
 */
public final class TextAnalyzer {

	private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['’][\\p{L}]+)?");

	/**
	 * A full stop, question or exclamation mark followed by space, or a line break, ends
	 * a sentence.
	 */
	private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+|\\s*[\\r\\n]+\\s*");

	private static final Pattern CLAUSE_BREAK = Pattern.compile("[,;:()\\u2013\\u2014]|\\s-\\s");

	private final Lexicon lexicon;

	public TextAnalyzer(Lexicon lexicon) {
		this.lexicon = lexicon;
	}

	public TextAnalyzer() {
		this(Lexicon.standard());
	}

	public AnalyzedText analyze(String text) {
		List<Sentence> sentences = new ArrayList<>();
		List<Token> tokens = new ArrayList<>();
		int clause = 0;
		for (int[] span : sentenceSpans(text)) {
			int first = tokens.size();
			int previousEnd = span[0];
			Matcher word = WORD.matcher(text).region(span[0], span[1]);
			while (word.find()) {
				if (CLAUSE_BREAK.matcher(text.substring(previousEnd, word.start())).find()) {
					clause++;
				}
				String lower = word.group().toLowerCase(Locale.ROOT).replace('’', '\'');
				if (this.lexicon.isClauseOpener(lower)) {
					clause++;
				}
				tokens.add(new Token(lower, this.lexicon.concept(lower), word.start(), word.end(), sentences.size(),
						clause, this.lexicon.isNegation(lower), this.lexicon.isFunctionWord(lower)));
				previousEnd = word.end();
			}
			if (tokens.size() > first) {
				sentences.add(new Sentence(sentences.size(), span[0], span[1], text.substring(span[0], span[1]), first,
						tokens.size()));
			}
			clause++;
		}
		return new AnalyzedText(text, sentences, tokens);
	}

	private static List<int[]> sentenceSpans(String text) {
		List<int[]> spans = new ArrayList<>();
		Matcher end = SENTENCE_END.matcher(text);
		int start = 0;
		while (end.find()) {
			addTrimmed(text, start, end.start(), spans);
			start = end.end();
		}
		addTrimmed(text, start, text.length(), spans);
		return spans;
	}

	private static void addTrimmed(String text, int start, int end, List<int[]> spans) {
		while (start < end && Character.isWhitespace(text.charAt(start))) {
			start++;
		}
		while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
			end--;
		}
		if (end > start) {
			spans.add(new int[] { start, end });
		}
	}

}
