package io.readyroom.scoring.engine.criteria;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import io.readyroom.scoring.engine.text.AnalyzedText;
import io.readyroom.scoring.engine.text.Sentence;
import io.readyroom.scoring.engine.text.TextAnalyzer;
import io.readyroom.scoring.engine.text.Token;

/**
 * Finds rubric phrases in an answer by concept, within one sentence, and only where the
 * answer's polarity agrees with the phrase's: "I would not verify identity" does not
 * match "verify identity", and "never shares passwords" only matches a negated statement.
 */
public final class PhraseMatcher {

	/** How far before the first matched word a negation still reaches it. */
	private static final int NEGATION_REACH = 7;

	/** Matched words spread wider than this read as a coincidence, not a phrase. */
	private static final int SPREAD_PER_CONCEPT = 4;

	private static final double SPREAD_PENALTY = 0.75;

	private final TextAnalyzer analyzer;

	public PhraseMatcher(TextAnalyzer analyzer) {
		this.analyzer = analyzer;
	}

	public Phrase compile(String expression) {
		List<Token> tokens = this.analyzer.analyze(expression).tokens();
		Set<String> concepts = new LinkedHashSet<>();
		tokens.stream().filter(Token::isContent).forEach((token) -> concepts.add(token.concept()));
		if (concepts.isEmpty()) {
			tokens.stream().filter((token) -> !token.negation()).forEach((token) -> concepts.add(token.concept()));
		}
		boolean negated = tokens.stream().filter(Token::negation).count() % 2 == 1;
		return new Phrase(expression, new ArrayList<>(concepts), negated);
	}

	public PhraseMatch bestMatch(AnalyzedText answer, Phrase phrase) {
		PhraseMatch best = PhraseMatch.none(phrase);
		if (phrase.concepts().isEmpty()) {
			return best;
		}
		for (Sentence sentence : answer.sentences()) {
			PhraseMatch match = matchIn(answer.tokensOf(sentence), phrase);
			if (match.betterThan(best)) {
				best = match;
			}
		}
		return best;
	}

	private PhraseMatch matchIn(List<Token> sentence, Phrase phrase) {
		List<Integer> matched = new ArrayList<>();
		int anchor = -1;
		for (String concept : phrase.concepts()) {
			int position = nearestOccurrence(sentence, concept, anchor);
			if (position >= 0) {
				matched.add(position);
				anchor = (anchor < 0) ? position : anchor;
			}
		}
		if (matched.isEmpty()) {
			return PhraseMatch.none(phrase);
		}
		int first = matched.stream().mapToInt(Integer::intValue).min().getAsInt();
		int last = matched.stream().mapToInt(Integer::intValue).max().getAsInt();
		if (isNegated(sentence, matched, first, last) != phrase.negated()) {
			return PhraseMatch.none(phrase);
		}
		double coverage = (double) matched.size() / phrase.concepts().size();
		if (last - first + 1 > Math.max(6, SPREAD_PER_CONCEPT * phrase.concepts().size())) {
			coverage *= SPREAD_PENALTY;
		}
		return new PhraseMatch(phrase, matched.size(), coverage, clauseStart(sentence, first),
				clauseEnd(sentence, last));
	}

	private static int nearestOccurrence(List<Token> sentence, String concept, int anchor) {
		int best = -1;
		for (int i = 0; i < sentence.size(); i++) {
			Token token = sentence.get(i);
			if (!token.negation() && token.concept().equals(concept)
					&& (best < 0 || anchor >= 0 && Math.abs(i - anchor) < Math.abs(best - anchor))) {
				best = i;
			}
		}
		return best;
	}

	/**
	 * A negation counts when it sits in the same clause as a matched word that follows
	 * it.
	 */
	private static boolean isNegated(List<Token> sentence, List<Integer> matched, int first, int last) {
		int negations = 0;
		for (int i = Math.max(0, first - NEGATION_REACH); i <= last; i++) {
			Token token = sentence.get(i);
			if (token.negation() && governsAMatch(sentence, matched, i)) {
				negations++;
			}
		}
		return negations % 2 == 1;
	}

	private static boolean governsAMatch(List<Token> sentence, List<Integer> matched, int negation) {
		int clause = sentence.get(negation).clause();
		return matched.stream().anyMatch((i) -> i > negation && sentence.get(i).clause() == clause);
	}

	private static int clauseStart(List<Token> sentence, int index) {
		int clause = sentence.get(index).clause();
		int i = index;
		while (i > 0 && sentence.get(i - 1).clause() == clause) {
			i--;
		}
		return sentence.get(i).start();
	}

	private static int clauseEnd(List<Token> sentence, int index) {
		int clause = sentence.get(index).clause();
		int i = index;
		while (i < sentence.size() - 1 && sentence.get(i + 1).clause() == clause) {
			i++;
		}
		return sentence.get(i).end();
	}

}
