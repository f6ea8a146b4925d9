package io.readyroom.scoring.engine.criteria;

import java.util.ArrayList;
import java.util.List;

import io.readyroom.contracts.RubricCriterion;
import io.readyroom.scoring.engine.text.AnalyzedText;
import io.readyroom.scoring.engine.text.TextAnalyzer;

/**
 * A criterion with its expressions compiled to phrases and its references (exemplars,
 * expressions, description, in the order they are embedded) analyzed, ready to match.
 */
public record PreparedCriterion(RubricCriterion criterion, List<Phrase> phrases, List<AnalyzedText> references) {

	public PreparedCriterion {
		phrases = List.copyOf(phrases);
		references = List.copyOf(references);
	}

	public static PreparedCriterion of(RubricCriterion criterion, PhraseMatcher matcher, TextAnalyzer analyzer) {
		return new PreparedCriterion(criterion, criterion.expressions().stream().map(matcher::compile).toList(),
				referencesOf(criterion).stream().map(analyzer::analyze).toList());
	}

	/** The texts whose embeddings stand for the criterion's meaning. */
	public static List<String> referencesOf(RubricCriterion criterion) {
		List<String> references = new ArrayList<>(criterion.exemplars());
		references.addAll(criterion.expressions());
		references.add(criterion.description());
		return references;
	}

}
