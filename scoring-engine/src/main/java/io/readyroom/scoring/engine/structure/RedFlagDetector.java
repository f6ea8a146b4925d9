package io.readyroom.scoring.engine.structure;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.readyroom.contracts.RedFlag;
import io.readyroom.scoring.engine.criteria.Phrase;
import io.readyroom.scoring.engine.text.AnalyzedText;
import io.readyroom.scoring.engine.text.Sentence;
import io.readyroom.scoring.engine.text.TextAnalyzer;
import io.readyroom.scoring.engine.text.Token;

/**
 * Raises a red flag only when the answer says one of its expressions word for word (stems
 * and synonyms allowed, at most one extra word between two of its words) with the same
 * polarity: "I would never share my password" does not raise "share my password". A red
 * flag lowers the score hardest, so it must be precise: matching concepts loosely across
 * a sentence raised flags on answers that describe the safe practice ("each change was
 * tested in the non-production copy" is not "changed production without testing"), and
 * meaning alone cannot tell a warning against a practice from the practice itself.
 */
public final class RedFlagDetector {

	/**
	 * Words an answer may put between two words of an expression ("share my password" /
	 * "share my own password").
	 */
	private static final int MAX_GAP = 1;

	/** How far before or after a match a negation still negates it. */
	private static final int NEGATION_REACH = 6;

	private final TextAnalyzer analyzer;

	private final Map<String, List<Token>> expressions = new ConcurrentHashMap<>();

	public RedFlagDetector(TextAnalyzer analyzer) {
		this.analyzer = analyzer;
	}

	/**
	 * @param phrases compiled expressions per red flag, indexed like {@code redFlags}
	 */
	public List<RedFlagHit> detect(AnalyzedText answer, List<RedFlag> redFlags, List<List<Phrase>> phrases) {
		List<RedFlagHit> hits = new ArrayList<>();
		for (int i = 0; i < redFlags.size(); i++) {
			for (Phrase phrase : phrases.get(i)) {
				int[] match = find(answer, tokensOf(phrase.text()));
				if (match != null) {
					RedFlag flag = redFlags.get(i);
					hits.add(new RedFlagHit(flag.id(), flag.description(), answer.text().substring(match[0], match[1]),
							match[0], match[1]));
					break;
				}
			}
		}
		return hits;
	}

	private List<Token> tokensOf(String expression) {
		return this.expressions.computeIfAbsent(expression, (text) -> this.analyzer.analyze(text).tokens());
	}

	/**
	 * The character span of the first occurrence of {@code expression} in the answer, or
	 * null.
	 */
	private static int[] find(AnalyzedText answer, List<Token> expression) {
		if (expression.isEmpty()) {
			return null;
		}
		boolean expressionNegated = expression.stream().anyMatch(Token::negation);
		for (Sentence sentence : answer.sentences()) {
			List<Token> tokens = answer.tokensOf(sentence);
			for (int start = 0; start < tokens.size(); start++) {
				int end = matchFrom(tokens, start, expression);
				if (end >= 0 && (expressionNegated || !negatedAround(tokens, start, end))) {
					return new int[] { tokens.get(start).start(), tokens.get(end).end() };
				}
			}
		}
		return null;
	}

	/**
	 * The index of the last matched token when the expression occurs from {@code start},
	 * else -1.
	 */
	private static int matchFrom(List<Token> tokens, int start, List<Token> expression) {
		int position = start;
		for (int e = 0; e < expression.size(); e++) {
			int limit = (e == 0) ? start : Math.min(tokens.size() - 1, position + 1 + MAX_GAP);
			int found = -1;
			for (int i = (e == 0) ? start : position + 1; i <= limit && i < tokens.size(); i++) {
				if (same(tokens.get(i), expression.get(e))) {
					found = i;
					break;
				}
			}
			if (found < 0) {
				return -1;
			}
			position = found;
		}
		return position;
	}

	private static boolean same(Token answer, Token expression) {
		if (expression.negation()) {
			return answer.negation();
		}
		return answer.concept().equals(expression.concept());
	}

	/**
	 * A negation just before the match ("never share my password") or just after it, in
	 * the same clause ("the best sales pitch doesn't decide it"), turns the practice
	 * down.
	 */
	private static boolean negatedAround(List<Token> tokens, int start, int end) {
		int clause = tokens.get(start).clause();
		int from = Math.max(0, start - NEGATION_REACH);
		int to = Math.min(tokens.size() - 1, end + NEGATION_REACH);
		for (int i = from; i <= to; i++) {
			if (tokens.get(i).negation() && tokens.get(i).clause() == clause) {
				return true;
			}
		}
		return false;
	}

}
