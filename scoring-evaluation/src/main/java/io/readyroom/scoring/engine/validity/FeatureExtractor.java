package io.readyroom.scoring.engine.validity;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import io.readyroom.scoring.engine.ScorableQuestion;
import io.readyroom.scoring.engine.ScoreReport;
import io.readyroom.scoring.engine.ScoringEngine;
import io.readyroom.scoring.engine.criteria.CriterionOutcome;
import io.readyroom.scoring.engine.meaning.SentenceEmbedder;
import io.readyroom.scoring.engine.text.AnalyzedText;
import io.readyroom.scoring.engine.text.TextAnalyzer;
import io.readyroom.scoring.engine.text.Token;

/**
 * Scores a SemEval answer with the engine, treating the question as an inline question
 * whose criteria are derived from its best reference answer (other references join as
 * extra expressions and exemplars), and reads off the features the evaluation fits on.
 */
final class FeatureExtractor {

	static final List<String> FEATURES = List.of("key-point credit", "best wording coverage", "mean wording coverage",
			"best meaning similarity", "answer-reference cosine", "reference recall", "reference precision",
			"negation mismatch", "log words", "question echo", "engine score", "off-topic");

	private final ScoringEngine engine;

	private final SentenceEmbedder embedder;

	private final TextAnalyzer analyzer = new TextAnalyzer();

	private final Map<String, ScorableQuestion> questions = new ConcurrentHashMap<>();

	FeatureExtractor(ScoringEngine engine, SentenceEmbedder embedder) {
		this.engine = engine;
		this.embedder = embedder;
	}

	ScoredAnswer score(SemEvalQuestion question, LabelledAnswer answer) {
		ScorableQuestion scorable = this.questions.computeIfAbsent(question.id(), (id) -> question.asScorable());
		ScoreReport report = this.engine.score(scorable, answer.text());
		AnalyzedText text = this.analyzer.analyze(answer.text());
		Set<String> concepts = concepts(text);
		float[] vector = this.embedder.embed(answer.text());
		double cosine = 0;
		double recall = 0;
		double precision = 0;
		boolean referenceNegated = false;
		for (String reference : question.references()) {
			AnalyzedText referenceText = this.analyzer.analyze(reference);
			Set<String> referenceConcepts = concepts(referenceText);
			Set<String> shared = new HashSet<>(referenceConcepts);
			shared.retainAll(concepts);
			double similarity = SentenceEmbedder.similarity(vector, this.embedder.embed(reference));
			if (similarity > cosine) {
				cosine = similarity;
				referenceNegated = negated(referenceText);
			}
			recall = Math.max(recall, share(shared.size(), referenceConcepts.size()));
			precision = Math.max(precision, share(shared.size(), concepts.size()));
		}
		Set<String> questionConcepts = concepts(this.analyzer.analyze(question.text()));
		long echo = concepts.stream().filter(questionConcepts::contains).count();
		List<CriterionOutcome> criteria = report.criteria();
		double[] features = { criteria.stream().mapToDouble(CriterionOutcome::credit).average().orElse(0),
				criteria.stream().mapToDouble(CriterionOutcome::wording).max().orElse(0),
				criteria.stream().mapToDouble(CriterionOutcome::wording).average().orElse(0),
				criteria.stream().mapToDouble(CriterionOutcome::meaning).max().orElse(0), cosine, recall, precision,
				(negated(text) != referenceNegated) ? 1 : 0, Math.log1p(text.wordCount()), share(echo, concepts.size()),
				report.score() / 100.0, report.flags().offTopic() ? 1 : 0 };
		boolean contradicts = criteria.stream().anyMatch((c) -> c.signals().contradicts());
		return new ScoredAnswer(question.id(), answer, features, vector, concepts, report.score(), contradicts);
	}

	private static Set<String> concepts(AnalyzedText text) {
		return text.contentTokens().stream().map(Token::concept).collect(Collectors.toSet());
	}

	private static boolean negated(AnalyzedText text) {
		return text.tokens().stream().filter(Token::negation).count() % 2 == 1;
	}

	private static double share(long part, long whole) {
		return (whole == 0) ? 0 : (double) part / whole;
	}

}
