package io.readyroom.session.program;

import org.springframework.stereotype.Component;

/** Which cohorts' terms have ended, so that nobody starts practising in them. */
@Component
public class ClosedCohorts {

	private final ProgramReads program;

	ClosedCohorts(ProgramReads program) {
		this.program = program;
	}

	/**
	 * Whether the program closed the cohort; a cohort the program keeps no data on is not
	 * closed.
	 */
	public boolean contains(String programId, String cohortId) {
		return this.program.cohort(programId, cohortId).filter((cohort) -> !cohort.isOpen()).isPresent();
	}

}
