package io.readyroom.scoring.membership;

import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A cohort's coaches at the highest revision received; its id is
 * {@code programId/cohortId}.
 */
@Document("membership_cohorts")
record CohortCoaches(@Id String id, @Indexed String programId, String cohortId, List<String> coachIds, int revision) {

}
