package io.readyroom.session.program;

import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;

import io.readyroom.contracts.Topics;
import io.readyroom.support.security.Caller;

import org.springframework.stereotype.Service;

/**
 * A program's cohorts: opened, renamed, given coaches and closed by the program's
 * director or an admin; read by them and by the coaches of each. A change that changes
 * nothing stores and publishes nothing.
 */
@Service
class Cohorts {

	private final ProgramReads program;

	private final ProgramWrites writes;

	private final Clock clock;

	Cohorts(ProgramReads program, ProgramWrites writes, Clock clock) {
		this.program = program;
		this.writes = writes;
		this.clock = clock;
	}

	/** The program's cohorts the caller reads: all for its managers, a coach's own. */
	List<Cohort> readableBy(Caller caller, String programId) {
		Permissions.requireStaff(caller, programId, "read its cohorts");
		return this.program.cohorts(programId)
			.stream()
			.filter((cohort) -> caller.readsCohort(programId, cohort.cohortId()))
			.toList();
	}

	Cohort open(Caller caller, String programId, NewCohort request) {
		Permissions.requireManager(caller, programId, "opens its cohorts");
		String cohortId = (request.cohortId() != null) ? request.cohortId() : CohortIds.fromName(request.name());
		if (this.program.hasCohort(programId, cohortId)) {
			throw ProgramProblems.cohortIdTaken(cohortId);
		}
		Cohort opened = Cohort.opened(programId, cohortId, request.name().strip(),
				request.coachIds().stream().distinct().toList(), caller.id(), this.clock.instant());
		this.writes.apply(Topics.COHORTS, List.of(new StateChange<>(null, opened)));
		return opened;
	}

	Cohort rename(Caller caller, String programId, String cohortId, String name) {
		return change(caller, programId, cohortId, "renames its cohorts", (cohort) -> name.strip().equals(cohort.name())
				? cohort : cohort.renamed(name.strip(), caller.id(), this.clock.instant()));
	}

	/** Ends the cohort's term; closing a closed cohort changes nothing. */
	Cohort close(Caller caller, String programId, String cohortId) {
		return change(caller, programId, cohortId, "closes its cohorts",
				(cohort) -> cohort.isOpen() ? cohort.closed(caller.id(), this.clock.instant()) : cohort);
	}

	Cohort assignCoaches(Caller caller, String programId, String cohortId, List<String> coachIds) {
		return change(caller, programId, cohortId, "sets its cohorts' coaches",
				(cohort) -> Objects.equals(coachIds, cohort.coachIds()) ? cohort
						: cohort.coachedBy(coachIds, caller.id(), this.clock.instant()));
	}

	private Cohort change(Caller caller, String programId, String cohortId, String whatTheyDo,
			UnaryOperator<Cohort> change) {
		Permissions.requireManager(caller, programId, whatTheyDo);
		Cohort before = existing(programId, cohortId);
		Cohort after = change.apply(before);
		this.writes.apply(Topics.COHORTS, List.of(new StateChange<>(before, after)));
		return after;
	}

	/**
	 * @throws org.springframework.web.ErrorResponseException 404 when the program has no
	 * such cohort
	 */
	Cohort existing(String programId, String cohortId) {
		return this.program.cohort(programId, cohortId)
			.orElseThrow(() -> ProgramProblems.unknownCohort(programId, cohortId));
	}

}
