package io.readyroom.analytics.profile;

import java.time.Instant;

/**
 * Where a learner stands in one competency.
 *
 * @param answerCount scored answers that assess the competency
 * @param meanScore their plain mean
 * @param mastery their mean weighted towards recent answers (see {@link Mastery})
 * @param confidence how much evidence is behind the mastery, 0 to 1
 * @param trend whether recent answers are better or worse than earlier ones
 * @param lastPractisedAt when the latest of them was submitted
 */
public record CompetencyStanding(String competency, int answerCount, double meanScore, double mastery,
		double confidence, Trend trend, Instant lastPractisedAt) {

}
