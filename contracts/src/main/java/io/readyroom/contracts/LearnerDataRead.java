package io.readyroom.contracts;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * Someone read a learner's data who is not that learner, or exported figures: a coach
 * opened a learner's report, a director downloaded a cohort's matrix. The services
 * publish one before they answer, so every read on record happened through an API that
 * wrote it down; the program's directors read the record as its access log.
 *
 * @param readerId who read, their user id
 * @param readerRole {@code learner}, {@code coach}, {@code director} or {@code admin}
 * @param client the OAuth client the reader's token was issued to, e.g.
 * {@code readyroom-web}; {@code unknown} when the token names none
 * @param what what was read, e.g. {@code learner-profile} or {@code export-matrix}
 * @param programId the program whose data it is
 * @param cohortId the cohort read, or the learner's cohort; {@code null} for a whole
 * program
 * @param learnerId the learner read; {@code null} when the read covered a cohort or
 * program
 */
public record LearnerDataRead(String eventId, String type, int schemaVersion, Instant occurredAt, String readerId,
		String readerRole, String client, String what, String programId, String cohortId,
		String learnerId) implements ReadyroomEvent {

	public static final String TYPE = "LearnerDataRead";

	public static final int SCHEMA_VERSION = 1;

	public LearnerDataRead {
		EventFields.requireEnvelope(eventId, type, TYPE, schemaVersion, occurredAt);
		EventFields.requireText(readerId, "readerId");
		EventFields.requireText(readerRole, "readerRole");
		EventFields.requireText(client, "client");
		EventFields.requireText(what, "what");
		EventFields.requireText(programId, "programId");
	}

	public static LearnerDataRead of(String readerId, String readerRole, String client, String what, String programId,
			String cohortId, String learnerId) {
		return new LearnerDataRead(UUID.randomUUID().toString(), TYPE, SCHEMA_VERSION, Instant.now(), readerId,
				readerRole, client, what, programId, cohortId, learnerId);
	}

	/** One program's reads stay in order on one partition. */
	@Override
	public String partitionKey() {
		return Objects.requireNonNull(this.programId);
	}

}
