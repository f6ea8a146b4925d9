package io.readyroom.scoring.engine;

/**
 * How a question's graded examples are weighed against its rubric. The shipped values
 * were chosen by leave-one-out cross-validation on the SemEval-2013 training answers only
 * ({@code ExampleCalibrationSelection} in scoring-evaluation's tests;
 * docs/scoring-validity.md says how).
 *
 * @param nearest how many of the nearest examples a score leans on (and the explanation
 * names)
 * @param sharpness the power of an example's similarity that is its weight: the higher,
 * the more the nearest example outweighs the next
 * @param lineWeight how much the calibration line's own word counts against the nearest
 * examples' correction of it, in the weight of an example at similarity 1
 * @param rubricPrior how many graded examples weigh as much as the rubric's own judgement
 * when the calibration line is fitted
 */
record CalibrationSettings(int nearest, double sharpness, double lineWeight, double rubricPrior) {

	static final CalibrationSettings SHIPPED = new CalibrationSettings(3, 3, 1, 10);

	CalibrationSettings {
		if (nearest < 1 || sharpness < 0 || lineWeight <= 0 || rubricPrior < 0) {
			throw new IllegalArgumentException("calibration settings out of range");
		}
	}

}
