package io.readyroom.scoring.engine;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * How a question's graded examples move a score: the calibration line, corrected by the
 * nearest examples, more by close ones than by far ones. Examples sit on a circle, so an
 * example's similarity to the answer (at angle 0) is the cosine of its angle.
 */
class ExampleCalibrationTests {

	private static final float[] ANSWER = at(1.0);

	@Test
	void theNearestExampleOutweighsTwoFartherOnes() {
		List<GradedExample> examples = List.of(graded(100), graded(0), graded(0), graded(0), graded(100));
		List<float[]> vectors = List.of(at(0.95), at(0.7), at(0.7), at(-0.5), at(-0.5));

		GradedExamplesUsed sharp = fit(examples, vectors, CalibrationSettings.SHIPPED).apply(ANSWER, 50);
		GradedExamplesUsed plain = fit(examples, vectors, new CalibrationSettings(3, 1, 1, 10)).apply(ANSWER, 50);

		assertThat(sharp.nearest()).extracting(NearestExample::index).containsExactly(0, 1, 2);
		assertThat(plain.nearestScore()).isLessThan(50);
		assertThat(sharp.nearestScore()).isGreaterThan(50);
		assertThat(sharp.combined()).isGreaterThan(plain.combined());
	}

	@Test
	void examplesGradedAsTheLineSaysLeaveTheScoreOnTheLine() {
		List<GradedExample> examples = List.of(graded(10), graded(30), graded(50), graded(70), graded(90));
		List<float[]> vectors = List.of(at(0.99), at(0.9), at(0.8), at(0.7), at(0.6));

		ExampleCalibration calibration = ExampleCalibration.fit(examples, vectors, new double[] { 10, 30, 50, 70, 90 },
				CalibrationSettings.SHIPPED);
		GradedExamplesUsed used = calibration.apply(ANSWER, 40);

		assertThat(calibration.line().slope()).isCloseTo(1, within(1e-9));
		assertThat(used.combined()).isCloseTo(40, within(1e-9));
	}

	@Test
	void aCloseExampleGradedAboveTheLineLiftsTheScoreAFarOneBarely() {
		List<GradedExample> examples = List.of(graded(100), graded(0), graded(0), graded(0), graded(0));
		double[] rubricScores = { 50, 50, 50, 50, 50 };

		GradedExamplesUsed close = ExampleCalibration
			.fit(examples, List.of(at(0.95), at(0), at(0), at(0), at(0)), rubricScores, CalibrationSettings.SHIPPED)
			.apply(ANSWER, 50);
		GradedExamplesUsed far = ExampleCalibration
			.fit(examples, List.of(at(0.2), at(0), at(0), at(0), at(0)), rubricScores, CalibrationSettings.SHIPPED)
			.apply(ANSWER, 50);

		assertThat(close.combined()).isGreaterThan(close.calibratedScore() + 25);
		assertThat(far.combined()).isCloseTo(far.calibratedScore(), within(1.0));
	}

	@Test
	void anAnswerWithoutSentencesKeepsTheCalibratedScore() {
		List<GradedExample> examples = List.of(graded(100), graded(100), graded(0), graded(0), graded(100));

		GradedExamplesUsed used = fit(examples, List.of(at(1), at(0.9), at(0.8), at(0.7), at(0.6)),
				CalibrationSettings.SHIPPED)
			.apply(new float[0], 30);

		assertThat(used.combined()).isCloseTo(used.calibratedScore(), within(0.5));
		assertThat(used.nearestScore()).isEqualTo(used.calibratedScore());
	}

	@Test
	void aFewGradesMoveTheLineOnlyPartWayFromTheRubric() {
		double prior = CalibrationSettings.SHIPPED.rubricPrior();

		CalibrationLine line = CalibrationLine.fit(new double[] { 0, 25, 50, 75, 100 },
				new double[] { 0, 10, 20, 30, 40 }, prior);

		double trust = 5 / (5 + prior);
		assertThat(line.slope()).isCloseTo(trust * 0.4 + (1 - trust), within(1e-9));
		assertThat(line.slope()).isBetween(0.4, 1.0);
		assertThat(line.apply(100)).isGreaterThan(40).isLessThan(100);
	}

	@Test
	void manyGradesMoveTheLineAlmostAllTheWay() {
		double[] rubric = new double[200];
		double[] grades = new double[200];
		for (int i = 0; i < rubric.length; i++) {
			rubric[i] = i / 2.0;
			grades[i] = 0.4 * rubric[i];
		}

		CalibrationLine line = CalibrationLine.fit(rubric, grades, CalibrationSettings.SHIPPED.rubricPrior());

		assertThat(line.slope()).isCloseTo(0.4, within(0.05));
	}

	private static ExampleCalibration fit(List<GradedExample> examples, List<float[]> vectors,
			CalibrationSettings settings) {
		return ExampleCalibration.fit(examples, vectors, new double[] { 50, 50, 50, 50, 50 }, settings);
	}

	private static GradedExample graded(int score) {
		return new GradedExample("an answer graded " + score, score);
	}

	/** A unit vector whose cosine with {@link #ANSWER} is the given similarity. */
	private static float[] at(double similarity) {
		return new float[] { (float) similarity, (float) Math.sqrt(1 - similarity * similarity) };
	}

}
