package io.readyroom.scoring.engine.validity;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import io.readyroom.scoring.engine.ScoringEngine;
import io.readyroom.scoring.engine.meaning.OnnxSentenceEmbedder;
import io.readyroom.scoring.engine.meaning.SentenceEmbedder;

/**
 * Reproduces docs/scoring-validity.md: scores every SemEval-2013 Task 7 answer with the
 * engine and reports weighted and macro F1 against the human labels on each test split.
 *
 * <p>
 * Three ways to turn the engine's output into a label, each fitted on the training split
 * of the same corpus only:
 * <ol>
 * <li><b>score threshold</b> (2-way): the engine's 0–100 score, "correct" at or above one
 * cut-off chosen to maximise training weighted F1;</li>
 * <li><b>engine features</b>: a logistic regression on the engine's features (see
 * {@link FeatureExtractor#FEATURES});</li>
 * <li><b>+ answer bank</b> (unseen answers only, where the question has labelled training
 * answers): the same plus similarity to those answers ({@link AnswerBank#FEATURES}).</li>
 * </ol>
 * Usage: {@code ValidityEvaluation [path/to/semeval-3way.zip]}; by default the dataset is
 * looked up under {@code ../shared/datasets/semeval2013-task7/} from the repository root.
 */
public final class ValidityEvaluation {

	private static final String DATASET = "shared/datasets/semeval2013-task7/semeval-3way.zip";

	private static final List<String> SCIENTSBANK_SPLITS = List.of("test-unseen-answers", "test-unseen-questions",
			"test-unseen-domains");

	private static final List<String> BEETLE_SPLITS = List.of("test-unseen-answers", "test-unseen-questions");

	private ValidityEvaluation() {
	}

	public static void main(String[] args) {
		Path zip = locate(args);
		long started = System.nanoTime();
		SentenceEmbedder embedder = new CachingEmbedder(OnnxSentenceEmbedder.shared());
		FeatureExtractor extractor = new FeatureExtractor(new ScoringEngine(embedder), embedder);
		SemEvalCorpus corpus = new SemEvalCorpus(zip);
		List<String> table = new ArrayList<>();
		table.add("| corpus | test split | labels | n | published baseline (wF1) | published best (wF1) "
				+ "| score threshold wF1 / mF1 | engine features wF1 / mF1 | + answer bank wF1 / mF1 |");
		table.add("|---|---|---|---|---|---|---|---|---|");
		evaluate(corpus, "sciEntsBank", SCIENTSBANK_SPLITS, extractor, table);
		evaluate(corpus, "beetle", BEETLE_SPLITS, extractor, table);
		table.forEach(System.out::println);
		System.out.printf(Locale.ROOT, "%nscorer %s, dataset %s, %.0f s%n", ScoringEngine.SCORER_VERSION, zip,
				(System.nanoTime() - started) / 1e9);
	}

	private static void evaluate(SemEvalCorpus corpus, String name, List<String> splits, FeatureExtractor extractor,
			List<String> table) {
		List<ScoredAnswer> training = score(corpus.questions(name, "training"), extractor);
		AnswerBank bank = new AnswerBank(training);
		List<List<ScoredAnswer>> tests = splits.stream()
			.map((s) -> score(corpus.questions(name, s), extractor))
			.toList();
		for (String way : List.of("2way", "3way")) {
			Function<ScoredAnswer, String> label = way.equals("2way") ? (a) -> a.answer().twoWay()
					: (a) -> a.answer().threeWay();
			List<String> classes = way.equals("2way") ? List.of("correct", "incorrect")
					: List.of("correct", "contradictory", "incorrect");
			List<String> trainingLabels = training.stream().map(label).toList();
			int threshold = ScoreThreshold.fit(training, trainingLabels);
			LogisticRegression general = LogisticRegression.fit(training.stream().map(ScoredAnswer::features).toList(),
					trainingLabels, classes);
			LogisticRegression withBank = LogisticRegression
				.fit(training.stream().map((a) -> withBank(a, bank)).toList(), trainingLabels, classes);
			for (int i = 0; i < splits.size(); i++) {
				List<ScoredAnswer> test = tests.get(i);
				List<String> gold = test.stream().map(label).toList();
				String byThreshold = way.equals("2way") ? format(
						F1Scores.of(gold, test.stream().map((a) -> ScoreThreshold.label(a, threshold)).toList()))
						: "n/a";
				String byFeatures = format(
						F1Scores.of(gold, test.stream().map((a) -> general.predict(a.features())).toList()));
				String byBank = splits.get(i).equals("test-unseen-answers") ? format(
						F1Scores.of(gold, test.stream().map((a) -> withBank.predict(withBank(a, bank))).toList()))
						: "n/a";
				var published = PublishedFigures.weightedF1(name, splits.get(i), way);
				table.add(String.format(Locale.ROOT, "| %s | %s | %s | %d | %s | %s | %s | %s | %s |", name,
						splits.get(i).replace("test-", ""), way.replace("way", "-way"), test.size(),
						published.map((p) -> String.format(Locale.ROOT, "%.3f", p.baseline())).orElse("—"),
						published.map((p) -> String.format(Locale.ROOT, "%.3f", p.best())).orElse("—"), byThreshold,
						byFeatures, byBank));
			}
			System.err.printf(Locale.ROOT, "%s %s: score threshold fitted on training = %d%n", name, way, threshold);
		}
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

	static Path locate(String[] args) {
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
