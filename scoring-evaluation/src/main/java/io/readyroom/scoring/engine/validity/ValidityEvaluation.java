package io.readyroom.scoring.engine.validity;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import io.readyroom.scoring.engine.ScoringEngine;
import io.readyroom.scoring.engine.meaning.OnnxSentenceEmbedder;
import io.readyroom.scoring.engine.meaning.SentenceEmbedder;

/**
 * Reproduces docs/scoring-validity.md: scores every SemEval-2013 Task 7 answer with the
 * engine and reports agreement with the human labels on each test split, in two tables
 * kept apart so no figure is mistaken for another's.
 *
 * <p>
 * <b>The shipped scorer</b>: the engine's 0–100 score read as a label with one cut-off,
 * fitted on the training split of the same corpus only (3-way: below the cut-off,
 * "contradictory" where the engine found a sentence negating a key point), and the
 * correlation of the score with the 2-way label, beside that of plain word overlap (the
 * share of the reference answer's content words the answer uses).
 *
 * <p>
 * <b>Evaluation-only variants</b>, which the product does not contain: a logistic
 * regression on the engine's features ({@link FeatureExtractor#FEATURES}), and the same
 * plus similarity to graded training answers to the same question ({@link AnswerBank}),
 * which needs graded answers and so applies to unseen answers only.
 *
 * <p>
 * <b>The shipped scorer with graded examples</b> ({@link GradedExamplesEvaluation}): the
 * same engine, given training answers to each unseen-answers question as graded examples,
 * all of them and, for the learning curve, 0, 5, 10 and 20.
 *
 * <p>
 * Usage: {@code ValidityEvaluation [path/to/semeval-3way.zip]}; by default the dataset is
 * looked up under {@code ../shared/datasets/semeval2013-task7/} from the repository root.
 */
public final class ValidityEvaluation {

	private static final String DATASET = "shared/datasets/semeval2013-task7/semeval-3way.zip";

	private static final List<String> SCIENTSBANK_SPLITS = List.of("test-unseen-answers", "test-unseen-questions",
			"test-unseen-domains");

	private static final List<String> BEETLE_SPLITS = List.of("test-unseen-answers", "test-unseen-questions");

	private static final List<String> TWO_WAY = List.of("correct", "incorrect");

	private static final List<String> THREE_WAY = List.of("correct", "contradictory", "incorrect");

	private ValidityEvaluation() {
	}

	public static void main(String[] args) {
		Path zip = locate(args);
		long started = System.nanoTime();
		SentenceEmbedder embedder = new CachingEmbedder(OnnxSentenceEmbedder.shared());
		ScoringEngine engine = new ScoringEngine(embedder);
		FeatureExtractor extractor = new FeatureExtractor(engine, embedder);
		SemEvalCorpus corpus = new SemEvalCorpus(zip);
		List<String> shipped = new ArrayList<>();
		shipped.add("| corpus | test split | n | published baseline 2-way wF1 | published best 2-way wF1 "
				+ "| 2-way wF1 / mF1 | 3-way wF1 / mF1 | r (score, 2-way label) | r (word overlap, 2-way label) |");
		shipped.add("|---|---|---|---|---|---|---|---|---|");
		List<String> variants = new ArrayList<>();
		variants.add("| corpus | test split | labels | engine features wF1 / mF1 | + graded answers wF1 / mF1 |");
		variants.add("|---|---|---|---|---|");
		Map<String, Integer> coldCutOffs = Map.of("sciEntsBank",
				evaluate(corpus, "sciEntsBank", SCIENTSBANK_SPLITS, extractor, shipped, variants), "beetle",
				evaluate(corpus, "beetle", BEETLE_SPLITS, extractor, shipped, variants));
		GradedExamplesEvaluation graded = new GradedExamplesEvaluation(engine);
		List<String> calibrated = new ArrayList<>();
		calibrated.add("| corpus | test split | n | 2-way wF1 / mF1 | r (score, 2-way label) |");
		calibrated.add("|---|---|---|---|---|");
		List<String> curve = new ArrayList<>();
		curve.add(GradedExamplesEvaluation.curveHeader());
		for (String name : List.of("sciEntsBank", "beetle")) {
			List<SemEvalQuestion> training = corpus.questions(name, "training");
			List<SemEvalQuestion> unseenAnswers = corpus.questions(name, "test-unseen-answers");
			calibrated.add(graded.row(name, training, unseenAnswers));
			curve.add(graded.curveRow(name, training, unseenAnswers, coldCutOffs.get(name)));
		}
		System.out.println("Shipped scorer (" + ScoringEngine.SCORER_VERSION + "):");
		shipped.forEach(System.out::println);
		System.out.println();
		System.out.println("Evaluation-only variants (not in the product):");
		variants.forEach(System.out::println);
		System.out.println();
		System.out.println("Shipped scorer with the training answers as graded examples (cut-off 50):");
		calibrated.forEach(System.out::println);
		System.out.println();
		System.out.println("Learning curve: the shipped scorer after so many graded examples per question (mean of "
				+ GradedExamplesEvaluation.DRAWS + " draws, lowest and highest wF1 in brackets; 0: the cut-off fitted "
				+ "on training, else 50):");
		curve.forEach(System.out::println);
		System.out.printf(Locale.ROOT, "%ndataset %s, %.0f s%n", zip, (System.nanoTime() - started) / 1e9);
	}

	/**
	 * Adds the corpus's rows to both tables.
	 * @return the 2-way cut-off fitted on the training split
	 */
	private static int evaluate(SemEvalCorpus corpus, String name, List<String> splits, FeatureExtractor extractor,
			List<String> shipped, List<String> variants) {
		List<ScoredAnswer> training = score(corpus.questions(name, "training"), extractor);
		List<List<ScoredAnswer>> tests = splits.stream()
			.map((s) -> score(corpus.questions(name, s), extractor))
			.toList();
		int twoWayCut = ScoreThreshold.fit(training, labels(training, false), false);
		int threeWayCut = ScoreThreshold.fit(training, labels(training, true), true);
		System.err.printf(Locale.ROOT, "%s: score cut-off fitted on training = %d (2-way), %d (3-way)%n", name,
				twoWayCut, threeWayCut);
		for (int i = 0; i < splits.size(); i++) {
			List<ScoredAnswer> test = tests.get(i);
			var published = PublishedFigures.weightedF1(name, splits.get(i), "2way");
			double[] correct = test.stream()
				.mapToDouble((a) -> a.answer().twoWay().equals("correct") ? 1 : 0)
				.toArray();
			shipped.add(String.format(Locale.ROOT, "| %s | %s | %d | %s | %s | %s | %s | %.3f | %.3f |", name,
					splits.get(i).replace("test-", ""), test.size(),
					published.map((p) -> String.format(Locale.ROOT, "%.3f", p.baseline())).orElse("—"),
					published.map((p) -> String.format(Locale.ROOT, "%.3f", p.best())).orElse("—"),
					format(F1Scores.of(labels(test, false),
							test.stream().map((a) -> ScoreThreshold.label(a, twoWayCut, false)).toList())),
					format(F1Scores.of(labels(test, true),
							test.stream().map((a) -> ScoreThreshold.label(a, threeWayCut, true)).toList())),
					Correlation.pearson(test.stream().mapToDouble(ScoredAnswer::engineScore).toArray(), correct),
					Correlation.pearson(test.stream().mapToDouble(ScoredAnswer::wordOverlap).toArray(), correct)));
		}
		AnswerBank bank = new AnswerBank(training);
		for (boolean threeWay : List.of(false, true)) {
			List<String> classes = threeWay ? THREE_WAY : TWO_WAY;
			List<String> trainingLabels = labels(training, threeWay);
			LogisticRegression general = LogisticRegression.fit(training.stream().map(ScoredAnswer::features).toList(),
					trainingLabels, classes);
			LogisticRegression withBank = LogisticRegression
				.fit(training.stream().map((a) -> withBank(a, bank)).toList(), trainingLabels, classes);
			for (int i = 0; i < splits.size(); i++) {
				List<ScoredAnswer> test = tests.get(i);
				List<String> gold = labels(test, threeWay);
				String byBank = splits.get(i).equals("test-unseen-answers")
						? format(F1Scores.of(gold,
								test.stream().map((a) -> withBank.predict(withBank(a, bank))).toList()))
						: "n/a (no graded answers to these questions)";
				variants.add(String.format(Locale.ROOT, "| %s | %s | %s | %s | %s |", name,
						splits.get(i).replace("test-", ""), threeWay ? "3-way" : "2-way",
						format(F1Scores.of(gold, test.stream().map((a) -> general.predict(a.features())).toList())),
						byBank));
			}
		}
		return twoWayCut;
	}

	private static List<String> labels(List<ScoredAnswer> answers, boolean threeWay) {
		return answers.stream().map((a) -> threeWay ? a.answer().threeWay() : a.answer().twoWay()).toList();
	}

	private static List<ScoredAnswer> score(List<SemEvalQuestion> questions, FeatureExtractor extractor) {
		return questions.stream()
			.flatMap((q) -> q.answers().stream().map((a) -> new Object[] { q, a }))
			.toList()
			.parallelStream()
			.map((pair) -> extractor.score((SemEvalQuestion) pair[0], (LabelledAnswer) pair[1]))
			.toList();
	}

	private static double[] withBank(ScoredAnswer answer, AnswerBank bank) {
		double[] general = answer.features();
		double[] extra = bank.features(answer);
		double[] all = new double[general.length + extra.length];
		System.arraycopy(general, 0, all, 0, general.length);
		System.arraycopy(extra, 0, all, general.length, extra.length);
		return all;
	}

	private static String format(F1Scores scores) {
		return String.format(Locale.ROOT, "%.3f / %.3f", scores.weighted(), scores.macro());
	}

	public static Path locate(String[] args) {
		if (args.length > 0) {
			return Path.of(args[0]);
		}
		for (String prefix : List.of("../", "../../")) {
			Path candidate = Path.of(prefix + DATASET);
			if (Files.isRegularFile(candidate)) {
				return candidate;
			}
		}
		throw new IllegalArgumentException("SemEval-2013 data not found under ../" + DATASET
				+ "; pass the path to semeval-3way.zip as the first argument");
	}

}
