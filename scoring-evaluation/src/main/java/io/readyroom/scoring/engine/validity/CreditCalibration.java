package io.readyroom.scoring.engine.validity;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import io.readyroom.scoring.engine.ScorableQuestion;
import io.readyroom.scoring.engine.ScoringEngine;
import io.readyroom.scoring.engine.criteria.CriterionSignals;
import io.readyroom.scoring.engine.meaning.OnnxSentenceEmbedder;

/**
 * Fits the engine's {@code CreditModel.REFERENCE_ANSWER}: a logistic regression of the
 * 2-way human label on one criterion's signals, over every SemEval-2013 training answer
 * (both corpora) to a question whose reference gives one criterion. Training splits only;
 * the test splits are never read. Prints the coefficients to paste into the model.
 *
 * <p>
 * The wording signal is left out of the fit: a derived rubric's phrases are chunks of the
 * reference, so their coverage repeats what recall says, and fitted together it took a
 * small negative weight. Usage:
 * {@code CreditCalibration [path/to/semeval-3way.zip] [signals.csv]}; the second argument
 * also writes every answer's signals and label.
 */
public final class CreditCalibration {

	private CreditCalibration() {
	}

	public static void main(String[] args) throws IOException {
		Path zip = ValidityEvaluation.locate(args);
		ScoringEngine engine = new ScoringEngine(new CachingEmbedder(OnnxSentenceEmbedder.shared()));
		SemEvalCorpus corpus = new SemEvalCorpus(zip);
		List<double[]> features = new ArrayList<>();
		List<String> labels = new ArrayList<>();
		for (String name : List.of("sciEntsBank", "beetle")) {
			for (SemEvalQuestion question : corpus.questions(name, "training")) {
				ScorableQuestion scorable = question.asScorable();
				if (scorable.rubric().criteria().size() != 1) {
					continue;
				}
				question.answers().parallelStream().map((answer) -> {
					CriterionSignals signals = engine.score(scorable, answer.text()).criteria().get(0).signals();
					return new double[] { signals.meaning(), signals.recall(), signals.contradicts() ? 1 : 0,
							answer.twoWay().equals("correct") ? 1 : 0 };
				}).toList().forEach((row) -> {
					features.add(Arrays.copyOf(row, 3));
					labels.add((row[3] == 1) ? "correct" : "incorrect");
				});
			}
		}
		if (args.length > 1) {
			writeCsv(Path.of(args[1]), features, labels);
		}
		double[] c = LogisticRegression.fit(features, labels, List.of("correct", "incorrect")).logOdds("correct");
		System.out.printf(Locale.ROOT, "%d training answers%nnew CreditModel(%.3f, 0, %.3f, %.3f, %.3f, false)%n",
				features.size(), c[3], c[0], c[1], c[2]);
	}

	private static void writeCsv(Path path, List<double[]> features, List<String> labels) throws IOException {
		try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(path))) {
			out.println("meaning,recall,contradicts,correct");
			for (int i = 0; i < features.size(); i++) {
				double[] f = features.get(i);
				out.printf(Locale.ROOT, "%.4f,%.4f,%.0f,%d%n", f[0], f[1], f[2],
						labels.get(i).equals("correct") ? 1 : 0);
			}
		}
	}

}
