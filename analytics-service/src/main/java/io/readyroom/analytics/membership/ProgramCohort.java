package io.readyroom.analytics.membership;

import java.util.List;

import io.readyroom.contracts.CohortChanged;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A cohort as the program last described it. Cohort ids are unique across programs, as
 * every read model keyed by cohort assumes.
 *
 * @param closed whether its term has ended; its figures stay readable
 * @param revision the revision of the {@link CohortChanged} it was taken from
 */
@Document("cohorts")
// the cohorts that name a coach
@CompoundIndex(def = "{ 'programId': 1, 'coachIds': 1 }", useGeneratedName = true)
public record ProgramCohort(@Id String cohortId, String programId, String name, boolean closed, List<String> coachIds,
		int revision) {

	public ProgramCohort {
		coachIds = (coachIds != null) ? List.copyOf(coachIds) : List.of();
	}

	static ProgramCohort of(CohortChanged event) {
		return new ProgramCohort(event.cohortId(), event.programId(), event.name(),
				event.status() == CohortChanged.Status.CLOSED, event.coachIds(), event.revision());
	}

}
