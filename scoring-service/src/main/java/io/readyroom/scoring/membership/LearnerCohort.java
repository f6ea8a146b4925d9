package io.readyroom.scoring.membership;

import org.jspecify.annotations.Nullable;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A learner's cohort at the highest revision received, {@code null} once removed; its id
 * is {@code programId/learnerId}.
 */
@Document("membership_learners")
record LearnerCohort(@Id String id, String programId, String learnerId, @Nullable String cohortId, int revision) {

}
