package io.readyroom.contracts;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A learner's enrolment in a program as it is after a change: enrolled in a cohort, moved
 * to another, removed, a target role proposed by the learner, or a target role set by
 * staff. Each event carries the enrolment's whole state, so a consumer keeps the one with
 * the highest {@code revision}; the topic is compacted to each learner's latest state.
 * Identity stays with the OpenID Connect provider: the learner is named by the user id
 * (username) their token carries.
 *
 * @param cohortId the learner's cohort; {@code null} once removed from the program
 * @param targetRole the role track the learner is preparing for, as staff confirmed it;
 * {@code null} until one is set
 * @param proposedTargetRole a role track the learner proposed and staff have not decided
 * on yet; {@code null} when there is none
 * @param revision 1 when first enrolled, one more with every change after it
 * @param changedBy the user id of who made the change
 */
public record EnrolmentChanged(String eventId, String type, int schemaVersion, Instant occurredAt, String programId,
		String learnerId, String cohortId, String targetRole, String proposedTargetRole, int revision, Change change,
		String changedBy) implements ReadyroomEvent {

	public static final String TYPE = "EnrolmentChanged";

	public static final int SCHEMA_VERSION = 1;

	public EnrolmentChanged {
		EventFields.requireEnvelope(eventId, type, TYPE, schemaVersion, occurredAt);
		EventFields.requireText(programId, "programId");
		EventFields.requireText(learnerId, "learnerId");
		EventFields.requireText(changedBy, "changedBy");
		Objects.requireNonNull(change, "change must not be null");
		EventFields.requireRevision(revision);
		if ((cohortId == null) != (change == Change.REMOVED)) {
			throw new IllegalArgumentException("cohortId must be null exactly when the learner was removed");
		}
	}

	/** The enrolment's new state, with a new envelope. */
	public static EnrolmentChanged of(String programId, String learnerId, String cohortId, String targetRole,
			String proposedTargetRole, int revision, Change change, String changedBy) {
		return new EnrolmentChanged(UUID.randomUUID().toString(), TYPE, SCHEMA_VERSION, Instant.now(), programId,
				learnerId, cohortId, targetRole, proposedTargetRole, revision, change, changedBy);
	}

	/** Keyed by learner, like every event about a learner. */
	@Override
	public String partitionKey() {
		return this.learnerId;
	}

	/** What the change was. */
	public enum Change {

		ENROLLED, MOVED, REMOVED, TARGET_ROLE_PROPOSED, TARGET_ROLE_SET

	}

}
