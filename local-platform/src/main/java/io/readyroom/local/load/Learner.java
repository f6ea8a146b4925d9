package io.readyroom.local.load;

/**
 * A learner who practises under load.
 *
 * @param cohortId the cohort the learner's answers count towards
 */
public record Learner(String username, String password, String cohortId) {

}
