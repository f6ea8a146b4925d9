package io.readyroom.scoring.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import io.readyroom.contracts.CompetencyScore;
import io.readyroom.contracts.RubricCriterion;
import io.readyroom.contracts.RubricStructure;
import io.readyroom.scoring.engine.criteria.CriterionAssessor;
import io.readyroom.scoring.engine.criteria.CriterionOutcome;
import io.readyroom.scoring.engine.criteria.CreditModel;
import io.readyroom.scoring.engine.criteria.PhraseMatcher;
import io.readyroom.scoring.engine.feedback.FeedbackInput;
import io.readyroom.scoring.engine.feedback.FeedbackWriter;
import io.readyroom.scoring.engine.meaning.OnnxSentenceEmbedder;
import io.readyroom.scoring.engine.meaning.SentenceEmbedder;
import io.readyroom.scoring.engine.quality.AnswerFlags;
import io.readyroom.scoring.engine.quality.AnswerQualityCheck;
import io.readyroom.scoring.engine.structure.RedFlagDetector;
import io.readyroom.scoring.engine.structure.PreparedRedFlag;
import io.readyroom.scoring.engine.structure.RedFlagHit;
import io.readyroom.scoring.engine.structure.RedFlagsByMeaning;
import io.readyroom.scoring.engine.structure.Specificity;
import io.readyroom.scoring.engine.structure.SpecificityDetector;
import io.readyroom.scoring.engine.structure.StarAnalysis;
import io.readyroom.scoring.engine.structure.StarDetector;
import io.readyroom.scoring.engine.structure.StepOrder;
import io.readyroom.scoring.engine.structure.StepOrderAnalyzer;
import io.readyroom.scoring.engine.structure.StoryQuestion;
import io.readyroom.scoring.engine.text.AnalyzedText;
import io.readyroom.scoring.engine.text.TextAnalyzer;

/**
 * Scores an answer against one question version and explains the score. Deterministic:
 * the same answer to the same question version always gets the same report. A question's
 * rubric is compiled and embedded on first use and cached for the process (at most 4,096
 * questions).
 *
 * <p>
 * Thread-safe, so several Kafka consumers can share one engine: the caches are concurrent
 * maps, every other part keeps no state between calls, and the model's ONNX Runtime
 * session runs concurrent inferences, each on its caller's thread.
 */
public final class ScoringEngine {

	/**
	 * Changes whenever a change to the engine may change a score; recorded with every
	 * result.
	 */
	public static final String SCORER_VERSION = "readyroom-scoring-engine/2.1.0";

	/**
	 * Enough for a long spoken answer; beyond it more sentences cost time and add
	 * nothing.
	 */
	static final int MAX_SENTENCES_EMBEDDED = 40;

	private static final Function<AnalyzedText, List<String>> EMBEDDED_SENTENCES = BatchEmbeddings
		.firstSentences(MAX_SENTENCES_EMBEDDED);

	private static final int MAX_CACHED_QUESTIONS = 4096;

	/**
	 * How close a sentence must come to a red flag's statement, and by how much more than
	 * to any safe statement of the question, to raise it by meaning. Set on the bank's
	 * model answers and exemplars (none may raise a flag) and the development set (its
	 * unsafe answers should, its harmless ones not): see docs/scoring-validity.md. The
	 * margin does most of the work: on this model a sentence on the flag's topic is as
	 * close to the unsafe statement as a sentence doing the unsafe thing.
	 */
	static final double RED_FLAG_SIMILARITY = 0.55;

	static final double RED_FLAG_MARGIN = 0.18;

	private final TextAnalyzer analyzer = new TextAnalyzer();

	private final SentenceEmbedder embedder;

	private final QuestionPreparation preparation;

	private final CriterionAssessor assessor;

	private final RedFlagDetector redFlagDetector;

	private final RedFlagsByMeaning redFlagsByMeaning;

	private final StarDetector starDetector = new StarDetector();

	private final StepOrderAnalyzer stepOrderAnalyzer = new StepOrderAnalyzer();

	private final SpecificityDetector specificityDetector = new SpecificityDetector();

	private final AnswerQualityCheck qualityCheck = new AnswerQualityCheck();

	private final ScoreComposition composition = new ScoreComposition();

	private final CompetencyScoring competencyScoring = new CompetencyScoring();

	private final GradedExampleScoring gradedExamples = new GradedExampleScoring(this::scoreByRubric);

	private final FeedbackWriter feedbackWriter = new FeedbackWriter();

	private final Map<ScorableQuestion, PreparedQuestion> prepared = new ConcurrentHashMap<>();

	public ScoringEngine(SentenceEmbedder embedder) {
		this.embedder = Objects.requireNonNull(embedder, "embedder must not be null");
		PhraseMatcher matcher = new PhraseMatcher(this.analyzer);
		this.preparation = new QuestionPreparation(this.analyzer, matcher, embedder);
		this.assessor = new CriterionAssessor(matcher);
		this.redFlagDetector = new RedFlagDetector(this.analyzer);
		this.redFlagsByMeaning = new RedFlagsByMeaning(embedder, RED_FLAG_SIMILARITY, RED_FLAG_MARGIN);
	}

	/**
	 * An engine on the bundled all-MiniLM-L6-v2 model, shared by every engine in the
	 * process.
	 */
	public static ScoringEngine withBundledModel() {
		return new ScoringEngine(OnnxSentenceEmbedder.shared());
	}

	/**
	 * Scores an answer with the question's rubric and, when the question carries enough
	 * graded examples, leans on them ({@link GradedExampleScoring}).
	 */
	public ScoreReport score(ScorableQuestion question, String answer) {
		return this.gradedExamples.lean(question, scoreByRubric(question.withoutGradedExamples(), answer));
	}

	/**
	 * Scores a batch of answers, each exactly as {@link #score} would: the reports are
	 * equal, in the same order. The sentences of all answers are embedded in one call to
	 * the embedder, a sentence that recurs in the batch once, and equal answers (same
	 * question version, graded examples and text) are scored once. Nothing of the batch
	 * is kept after the call.
	 */
	public List<ScoreReport> scoreAll(List<AnswerToScore> answers) {
		List<AnswerToScore> distinct = answers.stream().distinct().toList();
		List<AnalyzedText> texts = distinct.stream().map((answer) -> this.analyzer.analyze(answer.answer())).toList();
		BatchEmbeddings vectors = BatchEmbeddings.of(texts, EMBEDDED_SENTENCES, this.embedder);
		Map<AnswerToScore, ScoreReport> reports = new HashMap<>();
		for (int i = 0; i < distinct.size(); i++) {
			ScorableQuestion question = distinct.get(i).question();
			AnalyzedText text = texts.get(i);
			reports.put(distinct.get(i), this.gradedExamples.lean(question,
					scoreByRubric(question.withoutGradedExamples(), text, vectors.of(text))));
		}
		return answers.stream().map(reports::get).toList();
	}

	RubricScore scoreByRubric(ScorableQuestion question, String answer) {
		AnalyzedText text = this.analyzer.analyze((answer != null) ? answer : "");
		return scoreByRubric(question, text, this.embedder.embedAll(EMBEDDED_SENTENCES.apply(text)));
	}

	private RubricScore scoreByRubric(ScorableQuestion question, AnalyzedText text, List<float[]> vectors) {
		PreparedQuestion ready = prepared(question);
		List<CriterionOutcome> outcomes = this.assessor.assess(text, vectors, ready.criteria(), ready.references(),
				CreditModel.forRubric(question.rubricDerived()));
		double topicSimilarity = vectors.stream().mapToDouble(ready.references()::topicSimilarity).max().orElse(0);
		AnswerFlags flags = this.qualityCheck.check(text, ready.modelAnswerWords(), ready.topicConcepts(),
				topicSimilarity);
		StarAnalysis star = expectsStory(question) ? this.starDetector.analyze(text) : StarAnalysis.notApplicable();
		StepOrder steps = (question.rubric().structure() == RubricStructure.ORDERED_STEPS)
				? this.stepOrderAnalyzer.analyze(outcomes) : StepOrder.notApplicable();
		Specificity specificity = this.specificityDetector.analyze(text.text());
		List<RedFlagHit> redFlags = redFlags(text, vectors, ready);
		Penalty penalty = Penalty.of(redFlags, flags);
		List<RubricCriterion> criteria = question.rubric().criteria();
		ScoreComposition.Composed composed = this.composition.compose(criteria, outcomes, star, steps, specificity,
				penalty);
		List<CompetencyScore> competencyScores = this.competencyScoring.score(question.competencies(), criteria,
				outcomes, star, steps, specificity, penalty, composed.score());
		ScoreReport report = new ScoreReport(question.questionId(), question.version(), SCORER_VERSION,
				composed.score(), competencyScores, outcomes, star, steps, specificity, redFlags, flags,
				composed.reasons(), this.feedbackWriter.write(new FeedbackInput(question.type(),
						question.rubric().structure(), criteria, outcomes, star, steps, specificity, redFlags, flags)),
				null);
		return new RubricScore(report, composed.raw(), penalty.factor(), SentenceEmbedder.centroid(vectors));
	}

	/**
	 * Red flags said in the rubric's words, and then those said in other words; each flag
	 * once.
	 */
	private List<RedFlagHit> redFlags(AnalyzedText text, List<float[]> vectors, PreparedQuestion ready) {
		List<RedFlagHit> hits = new ArrayList<>(this.redFlagDetector.detect(text, ready.question().rubric().redFlags(),
				ready.redFlags().stream().map(PreparedRedFlag::phrases).toList()));
		this.redFlagsByMeaning
			.detect(text, vectors, ready.redFlags(), ready.references().redFlags(), ready.references()::safeSimilarity)
			.stream()
			.filter((hit) -> hits.stream().noneMatch((h) -> h.redFlagId().equals(hit.redFlagId())))
			.forEach(hits::add);
		return hits;
	}

	private PreparedQuestion prepared(ScorableQuestion question) {
		PreparedQuestion ready = this.prepared.get(question);
		if (ready != null) {
			return ready;
		}
		if (this.prepared.size() >= MAX_CACHED_QUESTIONS) {
			this.prepared.clear();
		}
		return this.prepared.computeIfAbsent(question, this.preparation::prepare);
	}

	private static boolean expectsStory(ScorableQuestion question) {
		return StoryQuestion.callsForStory(question.rubric().structure(), question.text());
	}

}
