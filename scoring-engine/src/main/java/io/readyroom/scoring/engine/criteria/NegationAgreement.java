package io.readyroom.scoring.engine.criteria;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.readyroom.scoring.engine.text.AnalyzedText;
import io.readyroom.scoring.engine.text.Sentence;
import io.readyroom.scoring.engine.text.Token;

/**
 * Whether two sentences agree on what they negate. Embeddings barely see "not", so a
 * sentence close in meaning to a reference may still say the opposite: "nobody was
 * retrained" against "we retrained the front desk". They disagree when a content word
 * both share is negated in one and not in the other; a word counts as negated only where
 * every mention of it is, so "I would not verify identity, but I would check the
 * authorization" still affirms checking.
 */
final class NegationAgreement {

	private static final int REACH = 7;

	private static final String NEGATED = "!";

	private NegationAgreement() {
	}

	static boolean disagree(List<Token> sentence, List<Token> reference) {
		Map<String, Boolean> inSentence = negatedConcepts(sentence);
		Map<String, Boolean> inReference = negatedConcepts(reference);
		return inSentence.entrySet()
			.stream()
			.anyMatch((e) -> inReference.containsKey(e.getKey()) && !inReference.get(e.getKey()).equals(e.getValue()));
	}

	/**
	 * The concepts of a text with their polarity: a content word's concept, prefixed with
	 * "!" where a negation governs that mention. "The bulb is not in a closed path" has
	 * "bulb" and "!path"; an answer shares the reference's point only with the same
	 * polarity.
	 */
	static Set<String> polarConcepts(AnalyzedText text) {
		Set<String> concepts = new LinkedHashSet<>();
		for (Sentence sentence : text.sentences()) {
			List<Token> tokens = text.tokensOf(sentence);
			for (int i = 0; i < tokens.size(); i++) {
				if (tokens.get(i).isContent()) {
					concepts.add((isGoverned(tokens, i) ? NEGATED : "") + tokens.get(i).concept());
				}
			}
		}
		return concepts;
	}

	/** The concept a polar concept is about, without its polarity. */
	static String bare(String polarConcept) {
		return polarConcept.startsWith(NEGATED) ? polarConcept.substring(NEGATED.length()) : polarConcept;
	}

	private static Map<String, Boolean> negatedConcepts(List<Token> tokens) {
		Map<String, Boolean> negated = new HashMap<>();
		for (int i = 0; i < tokens.size(); i++) {
			Token token = tokens.get(i);
			if (token.isContent()) {
				negated.merge(token.concept(), isGoverned(tokens, i), Boolean::logicalAnd);
			}
		}
		return negated;
	}

	private static boolean isGoverned(List<Token> tokens, int index) {
		int clause = tokens.get(index).clause();
		int negations = 0;
		for (int i = Math.max(0, index - REACH); i < index; i++) {
			if (tokens.get(i).negation() && tokens.get(i).clause() == clause) {
				negations++;
			}
		}
		return negations % 2 == 1;
	}

}
