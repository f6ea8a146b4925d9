package io.readyroom.contracts;

import java.time.Instant;
import java.util.UUID;

/**
 * One service has removed an erased learner's data and recomputed its aggregates without
 * them. It names the erasure, never the learner.
 *
 * @param service the service that finished, e.g. {@code scoring-service}
 * @param recordsRemoved how many stored records of the learner it removed or anonymised;
 * 0 when it handled the request before
 */
public record LearnerErasureCompleted(String eventId, String type, int schemaVersion, Instant occurredAt,
		String erasureId, String programId, String service, long recordsRemoved) implements LearnerDataEvent {

	public static final String TYPE = "LearnerErasureCompleted";

	public static final int SCHEMA_VERSION = 1;

	public LearnerErasureCompleted {
		EventFields.requireEnvelope(eventId, type, TYPE, schemaVersion, occurredAt);
		EventFields.requireText(erasureId, "erasureId");
		EventFields.requireText(programId, "programId");
		EventFields.requireText(service, "service");
		if (recordsRemoved < 0) {
			throw new IllegalArgumentException("recordsRemoved must not be negative but was " + recordsRemoved);
		}
	}

	public static LearnerErasureCompleted of(String erasureId, String programId, String service, long recordsRemoved) {
		return new LearnerErasureCompleted(UUID.randomUUID().toString(), TYPE, SCHEMA_VERSION, Instant.now(), erasureId,
				programId, service, recordsRemoved);
	}

}
