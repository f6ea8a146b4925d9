package io.readyroom.analytics.profile;

import java.util.List;

/**
 * How often one rubric key point was judged in a learner's answers, and how often it was
 * missed or only partly made.
 *
 * @param competencies the competencies the question assesses, so a key point can explain
 * a weak competency
 */
public record KeyPointTally(String questionId, String criterionId, List<String> competencies, int assessed, int missed,
		int partial) {

}
