package io.readyroom.contracts;

import java.time.Instant;
import java.util.UUID;

/**
 * A program's director or an admin asked for a learner to be erased. Every service that
 * holds the learner's data removes it, recomputes what it aggregated from it, and answers
 * with {@link LearnerErasureCompleted} under the same {@code erasureId}. Handling it
 * twice must change nothing more.
 *
 * @param erasureId the receipt's id, the same however often the erasure is asked for
 * @param cohortId the learner's cohort when erasure was asked for, whose figures change;
 * {@code null} when the program had removed them already
 * @param requestedBy the user id of whoever asked
 */
public record LearnerErasureRequested(String eventId, String type, int schemaVersion, Instant occurredAt,
		String erasureId, String programId, String cohortId, String learnerId,
		String requestedBy) implements LearnerDataEvent {

	public static final String TYPE = "LearnerErasureRequested";

	public static final int SCHEMA_VERSION = 1;

	public LearnerErasureRequested {
		EventFields.requireEnvelope(eventId, type, TYPE, schemaVersion, occurredAt);
		EventFields.requireText(erasureId, "erasureId");
		EventFields.requireText(programId, "programId");
		EventFields.requireText(learnerId, "learnerId");
		EventFields.requireText(requestedBy, "requestedBy");
	}

	public static LearnerErasureRequested of(String erasureId, String programId, String cohortId, String learnerId,
			String requestedBy) {
		return new LearnerErasureRequested(UUID.randomUUID().toString(), TYPE, SCHEMA_VERSION, Instant.now(), erasureId,
				programId, cohortId, learnerId, requestedBy);
	}

}
