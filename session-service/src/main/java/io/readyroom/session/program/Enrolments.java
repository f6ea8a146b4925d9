package io.readyroom.session.program;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import io.readyroom.contracts.Topics;
import io.readyroom.contracts.token.Role;
import io.readyroom.support.security.Caller;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;

/**
 * Learners' enrolments in a program. The program's director or an admin enrols, moves and
 * removes learners; staff over a learner's cohort set their target role or decline their
 * proposal; a learner proposes their own. A learner's enrolment is unknown (404) to
 * anyone else who is not staff over it.
 */
@Service
class Enrolments {

	private final ProgramReads program;

	private final Cohorts cohorts;

	private final KnownRoleTracks roleTracks;

	private final ProgramWrites writes;

	private final Clock clock;

	Enrolments(ProgramReads program, Cohorts cohorts, KnownRoleTracks roleTracks, ProgramWrites writes, Clock clock) {
		this.program = program;
		this.cohorts = cohorts;
		this.roleTracks = roleTracks;
		this.writes = writes;
		this.clock = clock;
	}

	/**
	 * The learners enrolled in the program, or in one cohort of it; a coach reads only
	 * their cohorts' learners.
	 */
	List<Enrolment> listedFor(Caller caller, String programId, @Nullable String cohortId) {
		Permissions.requireStaff(caller, programId, "list its enrolments");
		if (cohortId != null) {
			this.cohorts.existing(programId, cohortId);
			if (!caller.readsCohort(programId, cohortId)) {
				throw ProgramProblems.refused("Cohort '" + cohortId + "' is not one of yours; a coach reads only "
						+ "the enrolments of the cohorts they coach.");
			}
			return this.program.enrolledIn(programId, List.of(cohortId));
		}
		if (caller.managesProgram(programId)) {
			return this.program.enrolled(programId);
		}
		return this.program.enrolledIn(programId, caller.cohortIds());
	}

	/** The learner's enrolment, for the learner and staff over them. */
	Enrolment readableBy(Caller caller, String programId, String learnerId) {
		Permissions.requireMember(caller, programId);
		return find(programId, learnerId)
			.filter((enrolment) -> caller.isLearner(learnerId) || overLearner(caller, enrolment))
			.orElseThrow(() -> ProgramProblems.notEnrolled(programId, learnerId));
	}

	/**
	 * Enrols the learner in the cohort, or moves them there; naming their cohort changes
	 * nothing.
	 */
	Enrolment place(Caller caller, String programId, String learnerId, String cohortId) {
		Permissions.requireManager(caller, programId, "enrols and moves its learners");
		StateChange<Enrolment> change = placement(caller, programId, learnerId, cohortId, find(programId, learnerId));
		this.writes.apply(Topics.ENROLMENTS, List.of(change));
		return change.after();
	}

	/**
	 * The change that puts the learner in the cohort, checked: the cohort exists and, for
	 * a learner not in it yet, is open.
	 */
	StateChange<Enrolment> placement(Caller caller, String programId, String learnerId, String cohortId,
			Optional<Enrolment> before) {
		Cohort cohort = this.cohorts.existing(programId, cohortId);
		if (before.isPresent() && cohortId.equals(before.get().cohortId())) {
			return StateChange.unchanged(before.get());
		}
		if (!cohort.isOpen()) {
			throw ProgramProblems.cohortClosed(cohortId);
		}
		return before
			.map((enrolment) -> new StateChange<>(enrolment,
					enrolment.placedIn(cohortId, caller.id(), this.clock.instant())))
			.orElseGet(() -> new StateChange<>(null,
					Enrolment.first(programId, learnerId, cohortId, caller.id(), this.clock.instant())));
	}

	/** Removes the learner from the program; their enrolment's history stays. */
	Enrolment remove(Caller caller, String programId, String learnerId) {
		Permissions.requireManager(caller, programId, "removes its learners");
		Enrolment before = enrolled(programId, learnerId);
		Enrolment after = before.removed(caller.id(), this.clock.instant());
		this.writes.apply(Topics.ENROLMENTS, List.of(new StateChange<>(before, after)));
		return after;
	}

	/**
	 * Staff set the learner's target role, which also confirms or replaces their
	 * proposal.
	 */
	Enrolment setTargetRole(Caller caller, String programId, String learnerId, String roleTrack) {
		Permissions.requireStaff(caller, programId, "set learners' target roles");
		this.roleTracks.require(roleTrack);
		Enrolment before = overseenBy(caller, programId, learnerId);
		Enrolment after = (roleTrack.equals(before.targetRole()) && before.proposedTargetRole() == null) ? before
				: before.withTargetRole(roleTrack, caller.id(), this.clock.instant());
		this.writes.apply(Topics.ENROLMENTS, List.of(new StateChange<>(before, after)));
		return after;
	}

	/** Staff decline the learner's proposal; the target role stays as it was. */
	Enrolment declineProposal(Caller caller, String programId, String learnerId) {
		Permissions.requireStaff(caller, programId, "decline learners' proposed target roles");
		Enrolment before = overseenBy(caller, programId, learnerId);
		if (before.proposedTargetRole() == null) {
			throw ProgramProblems.noProposal(learnerId);
		}
		Enrolment after = before.withTargetRole(before.targetRole(), caller.id(), this.clock.instant());
		this.writes.apply(Topics.ENROLMENTS, List.of(new StateChange<>(before, after)));
		return after;
	}

	/**
	 * A learner proposes their own target role, which stays a proposal until staff
	 * confirm or decline it.
	 */
	Enrolment propose(Caller caller, String programId, String learnerId, String roleTrack) {
		Permissions.requireMember(caller, programId);
		if (caller.role() != Role.LEARNER || !caller.id().equals(learnerId)) {
			throw ProgramProblems.refused(
					"A target role is proposed by the learner themself, for themself only; " + "staff set it instead.");
		}
		this.roleTracks.require(roleTrack);
		Enrolment before = enrolled(programId, learnerId);
		boolean settled = roleTrack.equals(before.targetRole()) && before.proposedTargetRole() == null;
		Enrolment after = (settled || roleTrack.equals(before.proposedTargetRole())) ? before
				: before.withProposal(roleTrack, caller.id(), this.clock.instant());
		this.writes.apply(Topics.ENROLMENTS, List.of(new StateChange<>(before, after)));
		return after;
	}

	Optional<Enrolment> find(String programId, String learnerId) {
		return this.program.enrolment(programId, learnerId);
	}

	private Enrolment enrolled(String programId, String learnerId) {
		return find(programId, learnerId).filter(Enrolment::isEnrolled)
			.orElseThrow(() -> ProgramProblems.notEnrolled(programId, learnerId));
	}

	/**
	 * The learner's enrolment, if the caller is staff over their cohort; else unknown.
	 */
	private Enrolment overseenBy(Caller caller, String programId, String learnerId) {
		Enrolment enrolment = enrolled(programId, learnerId);
		if (!overLearner(caller, enrolment)) {
			throw ProgramProblems.notEnrolled(programId, learnerId);
		}
		return enrolment;
	}

	private static boolean overLearner(Caller caller, Enrolment enrolment) {
		return caller.managesProgram(enrolment.programId()) || (enrolment.cohortId() != null
				&& caller.role() == Role.COACH && caller.readsCohort(enrolment.programId(), enrolment.cohortId()));
	}

}
