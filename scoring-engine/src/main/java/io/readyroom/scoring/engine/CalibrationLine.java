package io.readyroom.scoring.engine;

/**
 * A line from a question's rubric score to its graders' grade (the program's standard:
 * some grade harder than the rubric, some softer), fitted by least squares and pulled
 * towards "the rubric is right" (slope 1, intercept 0) as if {@code rubricPrior} more
 * examples agreed with it, so a few odd grades cannot swing every score. A negative
 * fitted slope counts as flat: no grader means a better answer to be worth less.
 *
 * @param intercept the line's value at rubric score 0
 * @param slope its change per point of rubric score
 */
record CalibrationLine(double intercept, double slope) {

	/**
	 * @param rubricScores each example's score by the rubric alone, before penalties, 0
	 * to 100
	 * @param grades each example's grade, 0 to 100
	 * @param rubricPrior how many graded examples weigh as much as the rubric's own
	 * judgement
	 */
	static CalibrationLine fit(double[] rubricScores, double[] grades, double rubricPrior) {
		int n = rubricScores.length;
		double meanRubric = mean(rubricScores);
		double meanGrade = mean(grades);
		double covariance = 0;
		double variance = 0;
		for (int i = 0; i < n; i++) {
			covariance += (rubricScores[i] - meanRubric) * (grades[i] - meanGrade);
			variance += (rubricScores[i] - meanRubric) * (rubricScores[i] - meanRubric);
		}
		double fittedSlope = (variance == 0) ? 1 : Math.max(0, covariance / variance);
		double trust = n / (n + rubricPrior);
		return new CalibrationLine(trust * (meanGrade - fittedSlope * meanRubric), trust * fittedSlope + (1 - trust));
	}

	/** What the graders would make of a rubric score, 0 to 100. */
	double apply(double rubricScore) {
		return Math.max(0, Math.min(100, this.intercept + this.slope * rubricScore));
	}

	private static double mean(double[] values) {
		double sum = 0;
		for (double value : values) {
			sum += value;
		}
		return (values.length == 0) ? 0 : sum / values.length;
	}

}
