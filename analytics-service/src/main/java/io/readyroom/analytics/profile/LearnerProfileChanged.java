package io.readyroom.analytics.profile;

/** A learner's profile was rewritten; the cohort's figures are stale. */
public record LearnerProfileChanged(String learnerId, String cohortId) {

}
