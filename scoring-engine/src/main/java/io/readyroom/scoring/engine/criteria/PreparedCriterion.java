package io.readyroom.scoring.engine.criteria;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import io.readyroom.contracts.RubricCriterion;
import io.readyroom.scoring.engine.text.AnalyzedText;
import io.readyroom.scoring.engine.text.TextAnalyzer;

/**
 * A criterion ready to match: its expressions compiled to phrases, its references
 * (exemplars, expressions, description, in the order they are embedded) analyzed, and for
 * each of its statements the concepts an answer must bring beyond the question's own
 * words.
 */
public record PreparedCriterion(RubricCriterion criterion, List<Phrase> phrases, List<AnalyzedText> references,
		List<List<String>> statementConcepts) {

	public PreparedCriterion {
		phrases = List.copyOf(phrases);
		references = List.copyOf(references);
		statementConcepts = statementConcepts.stream().map(List::copyOf).toList();
	}

	/**
	 * @param questionConcepts the question's own concepts: repeating the question is not
	 * making its key point, so they do not count towards recall unless a statement has no
	 * others
	 */
	public static PreparedCriterion of(RubricCriterion criterion, PhraseMatcher matcher, TextAnalyzer analyzer,
			Set<String> questionConcepts) {
		List<AnalyzedText> references = referencesOf(criterion).stream().map(analyzer::analyze).toList();
		int statements = (criterion.exemplars().isEmpty()) ? references.size() - 1 : criterion.exemplars().size();
		List<List<String>> concepts = references.subList(0, statements)
			.stream()
			.map((statement) -> newConcepts(statement, questionConcepts))
			.toList();
		return new PreparedCriterion(criterion, criterion.expressions().stream().map(matcher::compile).toList(),
				references, concepts);
	}

	/** The texts whose embeddings stand for the criterion's meaning. */
	public static List<String> referencesOf(RubricCriterion criterion) {
		List<String> references = new ArrayList<>(criterion.exemplars());
		references.addAll(criterion.expressions());
		references.add(criterion.description());
		return references;
	}

	private static List<String> newConcepts(AnalyzedText statement, Set<String> questionConcepts) {
		List<String> all = List.copyOf(NegationAgreement.polarConcepts(statement));
		List<String> beyond = all.stream()
			.filter((c) -> !questionConcepts.contains(NegationAgreement.bare(c)))
			.toList();
		return beyond.isEmpty() ? all : beyond;
	}

}
