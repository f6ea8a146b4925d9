package io.readyroom.analytics.profile;

import java.time.Instant;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * The profiles of a batch were folded; these cohorts' figures are stale. One event per
 * batch, so each cohort is marked once however many of its learners the batch held.
 *
 * @param oldestAnswerAt when the batch's earliest answer was submitted, or null when no
 * answer of the batch says (reviews): how long the dashboards will have kept it waiting
 * is measured from here
 */
public record CohortsChanged(Set<String> cohortIds, @Nullable Instant oldestAnswerAt) {

	public CohortsChanged {
		cohortIds = Set.copyOf(cohortIds);
	}

}
