package io.readyroom.contracts;

import java.time.Instant;
import java.util.UUID;

/**
 * A program's retention period has passed for the text of every answer it submitted
 * before {@code submittedBefore}. Every service that keeps answer text, or words quoted
 * from it, removes them for those answers; scores, verdicts and aggregates stay. Session
 * service sends one per program each time its retention sweep runs, so handling it must
 * be idempotent.
 */
public record AnswerTextExpired(String eventId, String type, int schemaVersion, Instant occurredAt, String programId,
		Instant submittedBefore) implements LearnerDataEvent {

	public static final String TYPE = "AnswerTextExpired";

	public static final int SCHEMA_VERSION = 1;

	public AnswerTextExpired {
		EventFields.requireEnvelope(eventId, type, TYPE, schemaVersion, occurredAt);
		EventFields.requireText(programId, "programId");
		if (submittedBefore == null) {
			throw new IllegalArgumentException("submittedBefore must not be null");
		}
	}

	public static AnswerTextExpired of(String programId, Instant submittedBefore) {
		return new AnswerTextExpired(UUID.randomUUID().toString(), TYPE, SCHEMA_VERSION, Instant.now(), programId,
				submittedBefore);
	}

}
