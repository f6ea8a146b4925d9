package io.readyroom.scoring.engine.criteria;

import java.util.List;

/**
 * An expression from a rubric, reduced to the concepts an answer must contain, and
 * whether the expression itself is negative ("does not share passwords").
 */
public record Phrase(String text, List<String> concepts, boolean negated) {

	public Phrase {
		concepts = List.copyOf(concepts);
	}

}
