package io.readyroom.scoring.engine;

import java.util.List;
import java.util.stream.IntStream;

import io.readyroom.scoring.engine.meaning.SentenceEmbedder;

/**
 * What a question's graded examples teach the scorer. The calibration line says what the
 * graders make of a rubric score in general; the nearest examples say by how much it errs
 * for answers like this one. A score is the line's value corrected by the nearest
 * examples' residuals (grade minus the line's value for them), weighed by similarity
 * raised to a power, and shrunk towards no correction by the line's own weight: far or
 * few neighbours leave the line's word, close ones override it. Correcting the line,
 * rather than averaging its value with the neighbours' grades, counts what the rubric
 * already says about the neighbours once.
 */
record ExampleCalibration(List<CalibratedExample> examples, CalibrationLine line, CalibrationSettings settings) {

	ExampleCalibration {
		examples = List.copyOf(examples);
	}

	/**
	 * @param vectors one embedding per example: the mean of its sentences', unit length
	 * @param rubricScores each example's score by the rubric alone, before penalties, 0
	 * to 100
	 */
	static ExampleCalibration fit(List<GradedExample> examples, List<float[]> vectors, double[] rubricScores,
			CalibrationSettings settings) {
		double[] grades = examples.stream().mapToDouble(GradedExample::score).toArray();
		CalibrationLine line = CalibrationLine.fit(rubricScores, grades, settings.rubricPrior());
		List<CalibratedExample> calibrated = IntStream.range(0, examples.size())
			.mapToObj((i) -> new CalibratedExample(examples.get(i), vectors.get(i),
					grades[i] - line.apply(rubricScores[i])))
			.toList();
		return new ExampleCalibration(calibrated, line, settings);
	}

	/**
	 * @param answer the answer's embedding: the mean of its sentences', unit length
	 * @param rubricScore the answer's score by the rubric alone, before penalties, 0 to
	 * 100
	 */
	GradedExamplesUsed apply(float[] answer, double rubricScore) {
		double[] similarities = this.examples.stream()
			.mapToDouble((e) -> SentenceEmbedder.similarity(answer, e.vector()))
			.toArray();
		return apply(similarities, rubricScore);
	}

	/**
	 * @param similarities the answer's similarity to each example, in the examples' order
	 */
	GradedExamplesUsed apply(double[] similarities, double rubricScore) {
		double calibrated = this.line.apply(rubricScore);
		int[] nearest = nearest(similarities);
		double weights = 0;
		double weightedGrades = 0;
		double weightedResiduals = 0;
		for (int i : nearest) {
			double weight = Math.pow(Math.max(0, similarities[i]), this.settings.sharpness());
			weights += weight;
			weightedGrades += weight * this.examples.get(i).example().score();
			weightedResiduals += weight * this.examples.get(i).residual();
		}
		double nearestScore = (weights == 0) ? calibrated : weightedGrades / weights;
		double combined = Math.max(0,
				Math.min(100, calibrated + weightedResiduals / (this.settings.lineWeight() + weights)));
		return new GradedExamplesUsed(this.examples.size(), (int) Math.round(rubricScore), (int) Math.round(calibrated),
				(int) Math.round(nearestScore), combined,
				IntStream.of(nearest)
					.mapToObj((i) -> new NearestExample(i, this.examples.get(i).example().answer(),
							this.examples.get(i).example().score(), similarities[i]))
					.toList());
	}

	/**
	 * The positions of the closest examples, closest first; of two equally close, the one
	 * given first. A scan per place: the settings ask for a few of at most some hundred.
	 */
	private int[] nearest(double[] similarities) {
		int[] chosen = new int[Math.min(this.settings.nearest(), similarities.length)];
		boolean[] taken = new boolean[similarities.length];
		for (int place = 0; place < chosen.length; place++) {
			int best = -1;
			for (int i = 0; i < similarities.length; i++) {
				if (!taken[i] && (best < 0 || similarities[i] > similarities[best])) {
					best = i;
				}
			}
			taken[best] = true;
			chosen[place] = best;
		}
		return chosen;
	}

}
