package io.readyroom.analytics.membership;

import io.readyroom.contracts.EnrolmentChanged;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A learner's enrolment as the program last described it.
 *
 * @param cohortId the cohort the learner is enrolled in; {@code null} once removed
 * @param targetRole the role track staff confirmed; {@code null} until one is set
 * @param proposedTargetRole a role track the learner proposed and staff have not decided
 * on; shown, never judged against
 * @param revision the revision of the {@link EnrolmentChanged} it was taken from
 */
@Document("enrolments")
// the learners enrolled in a cohort, for its assignments
@CompoundIndex(def = "{ 'cohortId': 1 }", useGeneratedName = true)
public record Enrolment(@Id String learnerId, String programId, String cohortId, String targetRole,
		String proposedTargetRole, int revision) {

	static Enrolment of(EnrolmentChanged event) {
		return new Enrolment(event.learnerId(), event.programId(), event.cohortId(), event.targetRole(),
				event.proposedTargetRole(), event.revision());
	}

	public boolean isRemoved() {
		return this.cohortId == null;
	}

}
