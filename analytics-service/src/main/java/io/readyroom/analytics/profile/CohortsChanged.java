package io.readyroom.analytics.profile;

import java.util.Set;

/**
 * The profiles of a batch were folded; these cohorts' figures are stale. One event per
 * batch, so each cohort is marked once however many of its learners the batch held.
 */
public record CohortsChanged(Set<String> cohortIds) {

	public CohortsChanged {
		cohortIds = Set.copyOf(cohortIds);
	}

}
