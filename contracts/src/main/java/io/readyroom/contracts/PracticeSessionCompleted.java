package io.readyroom.contracts;

import java.time.Instant;
import java.util.UUID;

/** A learner finished a practice session after answering some of its questions. */
public record PracticeSessionCompleted(String eventId, String type, int schemaVersion, Instant occurredAt,
		String sessionId, String learnerId, String cohortId, int answeredCount) implements PracticeSessionEvent {

	public static final String TYPE = "PracticeSessionCompleted";

	public static final int SCHEMA_VERSION = 1;

	public PracticeSessionCompleted {
		EventFields.requireEnvelope(eventId, type, TYPE, schemaVersion, occurredAt);
		EventFields.requireText(sessionId, "sessionId");
		EventFields.requireText(learnerId, "learnerId");
		EventFields.requireText(cohortId, "cohortId");
		if (answeredCount < 0) {
			throw new IllegalArgumentException("answeredCount must not be negative");
		}
	}

	public static PracticeSessionCompleted of(String sessionId, String learnerId, String cohortId, int answeredCount) {
		return new PracticeSessionCompleted(UUID.randomUUID().toString(), TYPE, SCHEMA_VERSION, Instant.now(),
				sessionId, learnerId, cohortId, answeredCount);
	}

}
