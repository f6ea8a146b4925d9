package io.readyroom.scoring.engine;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import io.readyroom.contracts.RubricCriterion;
import io.readyroom.scoring.engine.criteria.PhraseMatcher;
import io.readyroom.scoring.engine.criteria.PreparedCriterion;
import io.readyroom.scoring.engine.meaning.ReferenceEmbeddings;
import io.readyroom.scoring.engine.meaning.SentenceEmbedder;
import io.readyroom.scoring.engine.structure.PreparedRedFlag;
import io.readyroom.scoring.engine.text.AnalyzedText;
import io.readyroom.scoring.engine.text.Sentence;
import io.readyroom.scoring.engine.text.TextAnalyzer;
import io.readyroom.scoring.engine.text.Token;

/**
 * Compiles and embeds a question's rubric: the expensive work done once per question
 * version.
 */
final class QuestionPreparation {

	private final TextAnalyzer analyzer;

	private final PhraseMatcher matcher;

	private final SentenceEmbedder embedder;

	QuestionPreparation(TextAnalyzer analyzer, PhraseMatcher matcher, SentenceEmbedder embedder) {
		this.analyzer = analyzer;
		this.matcher = matcher;
		this.embedder = embedder;
	}

	PreparedQuestion prepare(ScorableQuestion question) {
		List<RubricCriterion> criteria = question.rubric().criteria();
		Set<String> questionConcepts = new HashSet<>();
		addConcepts(this.analyzer.analyze(question.text()), questionConcepts);
		List<PreparedCriterion> prepared = criteria.stream()
			.map((c) -> PreparedCriterion.of(c, this.matcher, this.analyzer, questionConcepts))
			.toList();
		List<List<float[]>> criterionVectors = criteria.stream()
			.map((c) -> this.embedder.embedAll(PreparedCriterion.referencesOf(c)))
			.toList();
		AnalyzedText modelAnswer = this.analyzer.analyze(question.modelAnswer());
		List<String> questionTexts = new ArrayList<>();
		questionTexts.add(question.text());
		modelAnswer.sentences().stream().map(Sentence::text).forEach(questionTexts::add);
		List<PreparedRedFlag> redFlags = question.rubric()
			.redFlags()
			.stream()
			.map((f) -> PreparedRedFlag.of(f, this.matcher, this.analyzer))
			.toList();
		ReferenceEmbeddings references = new ReferenceEmbeddings(criterionVectors,
				this.embedder.embedAll(questionTexts),
				redFlags.stream().map((f) -> this.embedder.embedAll(f.statements())).toList());
		return new PreparedQuestion(question, prepared, redFlags, references,
				topicConcepts(questionConcepts, modelAnswer, prepared), modelAnswer.wordCount());
	}

	/**
	 * The question's, model answer's and rubric references' concepts, from the texts
	 * already analyzed.
	 */
	private static Set<String> topicConcepts(Set<String> questionConcepts, AnalyzedText modelAnswer,
			List<PreparedCriterion> criteria) {
		Set<String> concepts = new HashSet<>(questionConcepts);
		addConcepts(modelAnswer, concepts);
		criteria.forEach((c) -> c.references().forEach((reference) -> addConcepts(reference, concepts)));
		return concepts;
	}

	private static void addConcepts(AnalyzedText text, Set<String> concepts) {
		text.contentTokens().stream().map(Token::concept).forEach(concepts::add);
	}

}
