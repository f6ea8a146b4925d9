package io.readyroom.scoring.engine.validity;

import java.util.Map;
import java.util.Optional;

/**
 * Published weighted F1 on the SemEval-2013 Task 7 test splits, as given with the dataset
 * (Riordan et al. 2017, Table 4): the official lexical-overlap baseline and the best
 * result reported at the time. Splits without a figure here were not available to us
 * offline.
 */
final class PublishedFigures {

	record Figures(double baseline, double best) {

	}

	private static final Map<String, Figures> WEIGHTED_F1 = Map.of("sciEntsBank/test-unseen-answers/2way",
			new Figures(0.661, 0.773), "beetle/test-unseen-answers/2way", new Figures(0.742, 0.845));

	private PublishedFigures() {
	}

	static Optional<Figures> weightedF1(String corpus, String split, String way) {
		return Optional.ofNullable(WEIGHTED_F1.get(corpus + "/" + split + "/" + way));
	}

}
