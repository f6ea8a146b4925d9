package io.readyroom.session.program;

import org.springframework.stereotype.Component;

/** Which cohorts' terms have ended, so that nobody starts practising in them. */
@Component
public class ClosedCohorts {

	private final CohortRepository cohorts;

	ClosedCohorts(CohortRepository cohorts) {
		this.cohorts = cohorts;
	}

	/**
	 * Whether the program closed the cohort; a cohort the program keeps no data on is not
	 * closed.
	 */
	public boolean contains(String programId, String cohortId) {
		return this.cohorts.findById(Cohort.idOf(programId, cohortId)).filter((cohort) -> !cohort.isOpen()).isPresent();
	}

}
