package io.readyroom.analytics.cohort;

import java.util.Objects;
import java.util.Optional;

import io.readyroom.analytics.AnalyticsProblems;
import io.readyroom.support.security.Caller;

import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponseException;

/**
 * Whether a caller may read a cohort's figures: its program's director, a coach whose
 * token names it, or an admin. Within their own program, staff learn that a cohort they
 * may not read exists; beyond it, a cohort is unknown to them, and so is one no event has
 * named yet, which otherwise would tell another program's cohorts from cohorts that do
 * not exist.
 */
@Component
public class CohortAccess {

	private final CohortDashboards dashboards;

	CohortAccess(CohortDashboards dashboards) {
		this.dashboards = dashboards;
	}

	/**
	 * @return the cohort's program; empty only for an admin asking about a cohort no
	 * event has named
	 * @throws ErrorResponseException 404 when the cohort is unknown to the caller, 403
	 * when it is a cohort of their program that they do not coach
	 */
	public Optional<String> requireReadable(Caller caller, String cohortId) {
		Optional<String> programId = this.dashboards.knownProgramOf(cohortId);
		if (caller.readsCohort(programId.orElse(null), cohortId)) {
			return programId;
		}
		if (programId.isPresent() && Objects.equals(programId.get(), caller.programId())) {
			throw AnalyticsProblems.cohortRefused(cohortId);
		}
		throw AnalyticsProblems.noCohort(cohortId);
	}

}
