package io.readyroom.session.program;

import java.time.Instant;

import io.readyroom.contracts.EnrolmentChanged;
import io.readyroom.contracts.EnrolmentChanged.Change;
import org.jspecify.annotations.Nullable;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A learner's enrolment in a program as its last change left it: their cohort
 * ({@code null} once removed), the target role staff set and the one the learner
 * proposed. Its id is {@code programId/learnerId}; a removed learner's enrolment stays,
 * so enrolling them again continues its revisions.
 */
@Document("enrolments")
record Enrolment(@Id String id, @Indexed String programId, String learnerId, @Nullable String cohortId,
		@Nullable String targetRole, @Nullable String proposedTargetRole, int revision, Change lastChange,
		String changedBy, Instant changedAt) implements ProgramState {

	static String idOf(String programId, String learnerId) {
		return programId + "/" + learnerId;
	}

	/** A learner the program never had, enrolled in a cohort. */
	static Enrolment first(String programId, String learnerId, String cohortId, String by, Instant at) {
		return new Enrolment(idOf(programId, learnerId), programId, learnerId, cohortId, null, null, 1, Change.ENROLLED,
				by, at);
	}

	boolean isEnrolled() {
		return this.cohortId != null;
	}

	/** In the cohort: enrolled again when removed, moved when in another one. */
	Enrolment placedIn(String cohort, String by, Instant at) {
		Change change = isEnrolled() ? Change.MOVED : Change.ENROLLED;
		return next(cohort, this.targetRole, this.proposedTargetRole, change, by, at);
	}

	Enrolment removed(String by, Instant at) {
		return next(null, this.targetRole, this.proposedTargetRole, Change.REMOVED, by, at);
	}

	/** Staff's decision: the target role, which settles any proposal. */
	Enrolment withTargetRole(@Nullable String roleTrack, String by, Instant at) {
		return next(this.cohortId, roleTrack, null, Change.TARGET_ROLE_SET, by, at);
	}

	Enrolment withProposal(String roleTrack, String by, Instant at) {
		return next(this.cohortId, this.targetRole, roleTrack, Change.TARGET_ROLE_PROPOSED, by, at);
	}

	private Enrolment next(@Nullable String cohort, @Nullable String target, @Nullable String proposal, Change change,
			String by, Instant at) {
		return new Enrolment(this.id, this.programId, this.learnerId, cohort, target, proposal, this.revision + 1,
				change, by, at);
	}

	@Override
	public EnrolmentChanged changed() {
		return EnrolmentChanged.of(this.programId, this.learnerId, this.cohortId, this.targetRole,
				this.proposedTargetRole, this.revision, this.lastChange, this.changedBy);
	}

}
