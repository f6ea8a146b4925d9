package io.readyroom.scoring.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

import io.readyroom.scoring.engine.meaning.SentenceEmbedder;

/**
 * What a question's graded examples teach the scorer: a line from the rubric's score to
 * the graders' (the program's standard: some grade harder than the rubric, some softer),
 * and the examples themselves, embedded, to find the answers nearest to a new one. With
 * few examples the line is pulled towards "the rubric is right", so one odd grade cannot
 * swing every score.
 *
 * @param vectors one embedding per example: the mean of its sentences', unit length
 * @param intercept the calibration line's value at rubric score 0
 * @param slope its change per point of rubric score
 */
record ExampleCalibration(List<GradedExample> examples, List<float[]> vectors, double intercept, double slope) {

	/** How many graded examples weigh as much as the rubric's own judgement. */
	static final double RUBRIC_PRIOR = 5;

	/** How many of the nearest examples a score leans on. */
	static final int NEAREST = 3;

	/**
	 * Half the score from the calibrated rubric, half from the nearest graded answers.
	 */
	static final double NEAREST_SHARE = 0.5;

	ExampleCalibration {
		examples = List.copyOf(examples);
		vectors = List.copyOf(vectors);
	}

	/**
	 * @param rubricScores each example's score by the rubric alone, before penalties, 0
	 * to 100
	 */
	static ExampleCalibration fit(List<GradedExample> examples, List<float[]> vectors, double[] rubricScores) {
		int n = examples.size();
		double meanRubric = IntStream.range(0, n).mapToDouble((i) -> rubricScores[i]).average().orElse(0);
		double meanGrade = examples.stream().mapToDouble(GradedExample::score).average().orElse(0);
		double covariance = 0;
		double variance = 0;
		for (int i = 0; i < n; i++) {
			covariance += (rubricScores[i] - meanRubric) * (examples.get(i).score() - meanGrade);
			variance += (rubricScores[i] - meanRubric) * (rubricScores[i] - meanRubric);
		}
		double fittedSlope = (variance == 0) ? 1 : Math.max(0, covariance / variance);
		double trust = n / (n + RUBRIC_PRIOR);
		double slope = trust * fittedSlope + (1 - trust);
		double intercept = trust * (meanGrade - fittedSlope * meanRubric);
		return new ExampleCalibration(examples, vectors, intercept, slope);
	}

	/**
	 * @param answer the answer's embedding: the mean of its sentences', unit length
	 * @param rubricScore the answer's score by the rubric alone, before penalties, 0 to
	 * 100
	 */
	GradedExamplesUsed apply(float[] answer, double rubricScore) {
		double calibrated = clamp(this.intercept + this.slope * rubricScore);
		List<NearestExample> nearest = nearest(answer);
		double weights = nearest.stream().mapToDouble((e) -> Math.max(0, e.similarity())).sum();
		double nearestScore = (weights == 0) ? calibrated
				: nearest.stream().mapToDouble((e) -> Math.max(0, e.similarity()) * e.score()).sum() / weights;
		double combined = (1 - NEAREST_SHARE) * calibrated + NEAREST_SHARE * nearestScore;
		return new GradedExamplesUsed(this.examples.size(), (int) Math.round(rubricScore), (int) Math.round(calibrated),
				(int) Math.round(nearestScore), combined, nearest);
	}

	private List<NearestExample> nearest(float[] answer) {
		List<NearestExample> all = new ArrayList<>();
		for (int i = 0; i < this.examples.size(); i++) {
			all.add(new NearestExample(i, this.examples.get(i).answer(), this.examples.get(i).score(),
					SentenceEmbedder.similarity(answer, this.vectors.get(i))));
		}
		all.sort(Comparator.comparingDouble(NearestExample::similarity).reversed());
		return List.copyOf(all.subList(0, Math.min(NEAREST, all.size())));
	}

	private static double clamp(double score) {
		return Math.max(0, Math.min(100, score));
	}

}
