package io.readyroom.analytics.assignment;

import java.time.Instant;
import java.util.List;

/**
 * The assignments of a cohort that are not withdrawn, the earliest due first, with how
 * far its learners have got.
 *
 * @param asOf the time against which due dates were judged
 */
public record CohortAssignments(String cohortId, Instant asOf, List<AssignmentStatus> assignments) {

}
