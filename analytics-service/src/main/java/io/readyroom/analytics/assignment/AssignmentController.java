package io.readyroom.analytics.assignment;

import io.readyroom.analytics.AnalyticsProblems;
import io.readyroom.analytics.cohort.CohortAccess;
import io.readyroom.support.security.Caller;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
class AssignmentController {

	private final AssignmentProgress progress;

	private final CohortAccess access;

	AssignmentController(AssignmentProgress progress, CohortAccess access) {
		this.progress = progress;
		this.access = access;
	}

	/** Read by whoever may read the cohort's dashboard. */
	@GetMapping("/api/cohorts/{cohortId}/assignments")
	CohortAssignments assignments(@PathVariable String cohortId, Caller caller) {
		if (this.access.requireReadable(caller, cohortId).isEmpty()) {
			throw AnalyticsProblems.noCohort(cohortId);
		}
		return this.progress.of(cohortId);
	}

}
