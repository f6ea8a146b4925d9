package io.readyroom.session.program;

import java.time.Instant;
import java.util.List;

import io.readyroom.contracts.CohortChanged.Status;

/** A cohort as the API shows it. */
record CohortView(String programId, String cohortId, String name, Status status, List<String> coachIds, int revision,
		String changedBy, Instant changedAt) {

	static CohortView of(Cohort cohort) {
		return new CohortView(cohort.programId(), cohort.cohortId(), cohort.name(), cohort.status(), cohort.coachIds(),
				cohort.revision(), cohort.changedBy(), cohort.changedAt());
	}

}
