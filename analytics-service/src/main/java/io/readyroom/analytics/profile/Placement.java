package io.readyroom.analytics.profile;

import java.util.Optional;

import io.readyroom.analytics.membership.Enrolment;

import org.springframework.data.mongodb.core.query.Update;

/**
 * Where a learner's figures count and which role they are judged against: their
 * enrolment's cohort and target role where the program enrolled them, else the cohort
 * their events name and no target role.
 *
 * @param enrolmentRevision {@code null} when the program has no enrolment of the learner
 */
record Placement(String cohortId, String programId, String roleTrack, String proposedTargetRole,
		Integer enrolmentRevision) {

	/**
	 * @param eventCohortId the cohort the event names
	 * @param eventProgramId the program the event names; {@code null} when it names none
	 */
	static Placement of(Optional<Enrolment> enrolment, String eventCohortId, String eventProgramId) {
		return enrolment.map(Placement::of)
			.orElseGet(() -> new Placement(eventCohortId, eventProgramId, null, null, null));
	}

	static Placement of(Enrolment enrolment) {
		return new Placement(enrolment.cohortId(), enrolment.programId(), enrolment.targetRole(),
				enrolment.proposedTargetRole(), enrolment.revision());
	}

	boolean isEnrolled() {
		return this.enrolmentRevision != null;
	}

	/** Sets every field of the placement; the program only where one is known. */
	Update writeTo(Update update) {
		if (this.programId != null) {
			update.set("programId", this.programId);
		}
		return update.set("cohortId", this.cohortId)
			.set("roleTrack", this.roleTrack)
			.set("proposedTargetRole", this.proposedTargetRole)
			.set("enrolmentRevision", this.enrolmentRevision);
	}

	/**
	 * Sets the enrolment's placement, or, without one, names the event's cohort and
	 * program only on a profile the update creates.
	 */
	Update writeKeepingPlaceTo(Update update) {
		if (isEnrolled()) {
			return writeTo(update);
		}
		return update.setOnInsert("cohortId", this.cohortId)
			.setOnInsert("programId", this.programId)
			.set("roleTrack", null)
			.set("proposedTargetRole", null)
			.set("enrolmentRevision", null);
	}

}
