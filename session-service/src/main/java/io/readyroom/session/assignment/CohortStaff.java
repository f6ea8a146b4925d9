package io.readyroom.session.assignment;

import java.util.Set;

import io.readyroom.contracts.token.Role;
import io.readyroom.support.security.Caller;
import org.jspecify.annotations.Nullable;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * Whether a caller is staff of a cohort and may assign to it: its coach, or the director
 * of its program, or an admin. The program is the caller's own; an admin, who has none,
 * names it.
 */
@Component
class CohortStaff {

	private final CohortRoster roster;

	private final MongoTemplate mongo;

	CohortStaff(CohortRoster roster, MongoTemplate mongo) {
		this.roster = roster;
		this.mongo = mongo;
	}

	/**
	 * @param namedProgram the program an admin names; ignored for anyone else
	 * @throws org.springframework.web.ErrorResponseException 403 for a coach of other
	 * cohorts, 404 when the program is not known to have the cohort, 400 when an admin
	 * names no program
	 */
	StaffedCohort require(Caller caller, String cohortId, @Nullable String namedProgram) {
		String programId = (caller.role() == Role.ADMIN && namedProgram != null) ? namedProgram : caller.programId();
		if (programId == null) {
			throw AssignmentProblems.programNotNamed();
		}
		Set<String> learners = this.roster.learnersOf(programId, cohortId).orElse(null);
		if (caller.role() == Role.COACH) {
			if (!caller.cohortIds().contains(cohortId)) {
				throw AssignmentProblems.notYourCohort(cohortId);
			}
		}
		else if (learners == null && !assignedTo(programId, cohortId)) {
			throw AssignmentProblems.unknownCohort(cohortId);
		}
		return new StaffedCohort(programId, cohortId, (learners != null) ? learners : Set.of());
	}

	private boolean assignedTo(String programId, String cohortId) {
		return this.mongo.exists(Query.query(Criteria.where("programId").is(programId).and("cohortId").is(cohortId)),
				Assignment.class);
	}

	/** A cohort the caller is staff of, with its learners as far as they are known. */
	record StaffedCohort(String programId, String cohortId, Set<String> learners) {
	}

}
