package io.readyroom.analytics.profile;

import java.time.Instant;

/** Where a learner stands in one competency. */
public record CompetencyStanding(String competency, int answerCount, double meanScore, Instant lastPractisedAt) {

}
