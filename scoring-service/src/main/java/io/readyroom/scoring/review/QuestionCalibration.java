package io.readyroom.scoring.review;

/**
 * How far one question's graded answers in a program calibrate its scores, and whether
 * its unreviewed answers were scored with so different a set that they should be scored
 * again.
 *
 * @param gradedExamples the program's reviewed answers to the question now
 * @param minimum how many it needs before they shape its scores
 * @param examplesAtLastRescore the fewest graded answers an unreviewed answer's score
 * leaned on (0 when one was scored by the rubric alone)
 * @param unreviewed how many of its answers are unreviewed
 */
record QuestionCalibration(String questionId, String questionText, int gradedExamples, int minimum,
		int examplesAtLastRescore, int unreviewed, boolean rescoreDue) {

	/**
	 * A fifth more or fewer graded answers than a score leaned on moves the calibration
	 * line and the nearest answers enough to matter; one more matters while there are
	 * few.
	 */
	static final double MATERIAL_SHARE = 0.2;

	static QuestionCalibration of(String questionId, String questionText, int gradedExamples, int minimum,
			int examplesAtLastRescore, int unreviewed) {
		return new QuestionCalibration(questionId, questionText, gradedExamples, minimum, examplesAtLastRescore,
				unreviewed, unreviewed > 0 && changedMaterially(gradedExamples, examplesAtLastRescore, minimum));
	}

	private static boolean changedMaterially(int now, int leanedOn, int minimum) {
		boolean shapesNow = now >= minimum;
		if (shapesNow != (leanedOn >= minimum)) {
			return true;
		}
		return shapesNow && Math.abs(now - leanedOn) >= Math.max(1, Math.ceil(MATERIAL_SHARE * leanedOn));
	}

}
