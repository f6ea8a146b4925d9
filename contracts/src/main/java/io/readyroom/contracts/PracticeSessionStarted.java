package io.readyroom.contracts;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A learner in a cohort started a practice session for a role track, in one of the modes.
 *
 * @param assignmentId the assignment the session was started from; {@code null} for
 * practice the learner chose (and in events written before assignments existed)
 */
public record PracticeSessionStarted(String eventId, String type, int schemaVersion, Instant occurredAt,
		String sessionId, String learnerId, String programId, String cohortId, String roleTrack, SessionMode mode,
		String assignmentId) implements PracticeSessionEvent {

	public static final String TYPE = "PracticeSessionStarted";

	public static final int SCHEMA_VERSION = 1;

	public PracticeSessionStarted {
		EventFields.requireEnvelope(eventId, type, TYPE, schemaVersion, occurredAt);
		EventFields.requireText(sessionId, "sessionId");
		EventFields.requireText(learnerId, "learnerId");
		EventFields.requireText(cohortId, "cohortId");
		EventFields.requireText(roleTrack, "roleTrack");
		Objects.requireNonNull(mode, "mode must not be null");
	}

	public static PracticeSessionStarted of(String sessionId, String learnerId, String programId, String cohortId,
			String roleTrack, SessionMode mode) {
		return of(sessionId, learnerId, programId, cohortId, roleTrack, mode, null);
	}

	public static PracticeSessionStarted of(String sessionId, String learnerId, String programId, String cohortId,
			String roleTrack, SessionMode mode, String assignmentId) {
		return new PracticeSessionStarted(UUID.randomUUID().toString(), TYPE, SCHEMA_VERSION, Instant.now(), sessionId,
				learnerId, programId, cohortId, roleTrack, mode, assignmentId);
	}

}
