package io.readyroom.analytics.agreement;

import io.readyroom.analytics.AnalyticsProblems;
import io.readyroom.analytics.cohort.CohortAccess;
import io.readyroom.support.security.Caller;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * A program's agreement report is for its director and admins, a cohort's for the staff
 * who read its dashboard.
 */
@RestController
class AgreementController {

	private final AgreementReports reports;

	private final CohortAccess cohorts;

	AgreementController(AgreementReports reports, CohortAccess cohorts) {
		this.reports = reports;
		this.cohorts = cohorts;
	}

	@GetMapping("/api/programs/{programId}/agreement")
	AgreementReport program(@PathVariable String programId, Caller caller) {
		if (!caller.managesProgram(programId)) {
			throw AnalyticsProblems.programRefused(programId, "compares its scorer with its reviewers");
		}
		return this.reports.ofProgram(programId);
	}

	@GetMapping("/api/cohorts/{cohortId}/agreement")
	AgreementReport cohort(@PathVariable String cohortId, Caller caller) {
		this.cohorts.requireReadable(caller, cohortId);
		return this.reports.ofCohort(cohortId);
	}

}
