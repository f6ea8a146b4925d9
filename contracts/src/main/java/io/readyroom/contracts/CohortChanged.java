package io.readyroom.contracts;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A program's cohort as it is after a director's change: opened, renamed, its coaches
 * changed, or closed at the end of its term. Each event carries the cohort's whole state,
 * so a consumer keeps the one with the highest {@code revision} and may skip or replay
 * any; the topic is compacted to the latest state of each cohort.
 *
 * @param name the cohort's name for people, e.g. "Spring 2027 evening"
 * @param coachIds the coaches who look after the cohort, by user id
 * @param revision 1 when opened, one more with every change after it
 * @param changedBy the user id of who made the change
 */
public record CohortChanged(String eventId, String type, int schemaVersion, Instant occurredAt, String programId,
		String cohortId, String name, Status status, List<String> coachIds, int revision, Change change,
		String changedBy) implements ReadyroomEvent {

	public static final String TYPE = "CohortChanged";

	public static final int SCHEMA_VERSION = 1;

	public CohortChanged {
		EventFields.requireEnvelope(eventId, type, TYPE, schemaVersion, occurredAt);
		EventFields.requireText(programId, "programId");
		EventFields.requireText(cohortId, "cohortId");
		EventFields.requireText(name, "name");
		EventFields.requireText(changedBy, "changedBy");
		Objects.requireNonNull(status, "status must not be null");
		Objects.requireNonNull(change, "change must not be null");
		EventFields.requireRevision(revision);
		coachIds = List.copyOf(coachIds);
	}

	/** The cohort's new state, with a new envelope. */
	public static CohortChanged of(String programId, String cohortId, String name, Status status, List<String> coachIds,
			int revision, Change change, String changedBy) {
		return new CohortChanged(UUID.randomUUID().toString(), TYPE, SCHEMA_VERSION, Instant.now(), programId, cohortId,
				name, status, coachIds, revision, change, changedBy);
	}

	/** Keyed by program and cohort, so compaction keeps each cohort's latest state. */
	@Override
	public String partitionKey() {
		return this.programId + "/" + this.cohortId;
	}

	/** Whether learners may still practise in the cohort. */
	public enum Status {

		/** The term is running. */
		OPEN,

		/** The term has ended: its figures stay, nobody starts a new session in it. */
		CLOSED

	}

	/** What the change was. */
	public enum Change {

		OPENED, RENAMED, COACHES_CHANGED, CLOSED

	}

}
