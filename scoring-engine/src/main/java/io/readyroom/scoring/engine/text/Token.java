package io.readyroom.scoring.engine.text;

/**
 * One word of a text: its lower-cased form, its concept (stem folded onto a synonym
 * group), where it sits in the text, which sentence and clause it belongs to, and whether
 * it negates what follows it.
 */
public record Token(String word, String concept, int start, int end, int sentence, int clause, boolean negation,
		boolean functionWord) {

	/** A content word carries meaning a criterion can ask for. */
	public boolean isContent() {
		return !this.functionWord && !this.negation;
	}

}
