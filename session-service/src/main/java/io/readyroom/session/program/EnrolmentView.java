package io.readyroom.session.program;

import java.time.Instant;

import io.readyroom.contracts.EnrolmentChanged.Change;
import org.jspecify.annotations.Nullable;

/**
 * A learner's enrolment as the API shows it; {@code cohortId} is {@code null} once the
 * learner was removed.
 */
record EnrolmentView(String programId, String learnerId, @Nullable String cohortId, @Nullable String targetRole,
		@Nullable String proposedTargetRole, int revision, Change lastChange, String changedBy, Instant changedAt) {

	static EnrolmentView of(Enrolment enrolment) {
		return new EnrolmentView(enrolment.programId(), enrolment.learnerId(), enrolment.cohortId(),
				enrolment.targetRole(), enrolment.proposedTargetRole(), enrolment.revision(), enrolment.lastChange(),
				enrolment.changedBy(), enrolment.changedAt());
	}

}
