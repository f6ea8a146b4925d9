package io.readyroom.scoring.engine;

import java.util.List;

/**
 * How graded examples shaped a score, for the explanation: how many the question has,
 * what the rubric alone gave, what the calibration to the graders made of it, what the
 * nearest graded answers suggest (their grades, weighed by similarity), and which ones
 * they were.
 *
 * @param combined the calibrated score corrected by how far the nearest examples' grades
 * lie from what the calibration makes of them, 0 to 100, before the answer's faults lower
 * it
 */
public record GradedExamplesUsed(int examples, int rubricScore, int calibratedScore, int nearestScore, double combined,
		List<NearestExample> nearest) {

	public GradedExamplesUsed {
		nearest = List.copyOf(nearest);
	}

}
