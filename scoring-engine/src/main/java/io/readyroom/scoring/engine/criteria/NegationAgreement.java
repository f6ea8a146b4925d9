package io.readyroom.scoring.engine.criteria;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.readyroom.scoring.engine.text.Token;

/**
 * Whether two sentences agree on what they negate. Embeddings barely see "not", so a
 * sentence close in meaning to a reference may still say the opposite: "nobody was
 * retrained" against "we retrained the front desk". They disagree when a content word
 * both share is negated in one and not in the other.
 */
final class NegationAgreement {

	private static final int REACH = 7;

	private NegationAgreement() {
	}

	static boolean disagree(List<Token> sentence, List<Token> reference) {
		Map<String, Boolean> inSentence = negatedConcepts(sentence);
		Map<String, Boolean> inReference = negatedConcepts(reference);
		return inSentence.entrySet()
			.stream()
			.anyMatch((e) -> inReference.containsKey(e.getKey()) && !inReference.get(e.getKey()).equals(e.getValue()));
	}

	private static Map<String, Boolean> negatedConcepts(List<Token> tokens) {
		Map<String, Boolean> negated = new HashMap<>();
		for (int i = 0; i < tokens.size(); i++) {
			Token token = tokens.get(i);
			if (token.isContent()) {
				negated.merge(token.concept(), isGoverned(tokens, i), Boolean::logicalOr);
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
