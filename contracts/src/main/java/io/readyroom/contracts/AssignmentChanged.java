package io.readyroom.contracts;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * Practice a coach or director assigned, as it is after a change: a practice set or a
 * targeted drill for a whole cohort or one learner of it, due at a time. A learner
 * completes it by completing a session started from it ({@link PracticeSessionStarted}
 * names the assignment). Each event carries the assignment's whole state, so a consumer
 * keeps the one with the highest {@code revision}; the topic is compacted to each
 * assignment's latest state.
 *
 * @param learnerId the one learner it is for; {@code null} when it is for the whole
 * cohort
 * @param title what it is called for people, e.g. "Week 3: release of information"
 * @param mode {@link SessionMode#PRACTICE_SET} or {@link SessionMode#TARGETED}
 * @param roleTrack the role track to practise; {@code null} for each learner's own target
 * role
 * @param competencyIds for a drill, the competencies to drill; empty for each learner's
 * weakest
 * @param questionCount how many questions a session of it asks
 * @param revision 1 when assigned, one more with every change after it
 * @param changedBy the user id of who made the change
 */
public record AssignmentChanged(String eventId, String type, int schemaVersion, Instant occurredAt, String assignmentId,
		String programId, String cohortId, String learnerId, String title, SessionMode mode, String roleTrack,
		List<String> competencyIds, int questionCount, Instant dueAt, int revision, Change change,
		String changedBy) implements ReadyroomEvent {

	public static final String TYPE = "AssignmentChanged";

	public static final int SCHEMA_VERSION = 1;

	public AssignmentChanged {
		EventFields.requireEnvelope(eventId, type, TYPE, schemaVersion, occurredAt);
		EventFields.requireText(assignmentId, "assignmentId");
		EventFields.requireText(programId, "programId");
		EventFields.requireText(cohortId, "cohortId");
		EventFields.requireText(title, "title");
		EventFields.requireText(changedBy, "changedBy");
		Objects.requireNonNull(mode, "mode must not be null");
		Objects.requireNonNull(dueAt, "dueAt must not be null");
		Objects.requireNonNull(change, "change must not be null");
		if (mode == SessionMode.MOCK_INTERVIEW) {
			throw new IllegalArgumentException("an assignment is a practice set or a targeted drill");
		}
		if (questionCount < 1) {
			throw new IllegalArgumentException("questionCount must be at least 1 but was " + questionCount);
		}
		EventFields.requireRevision(revision);
		competencyIds = List.copyOf(competencyIds);
	}

	/** The assignment's new state, with a new envelope. */
	public static AssignmentChanged of(Assignment assignment, int revision, Change change, String changedBy) {
		return new AssignmentChanged(UUID.randomUUID().toString(), TYPE, SCHEMA_VERSION, Instant.now(),
				assignment.assignmentId(), assignment.programId(), assignment.cohortId(), assignment.learnerId(),
				assignment.title(), assignment.mode(), assignment.roleTrack(), assignment.competencyIds(),
				assignment.questionCount(), assignment.dueAt(), revision, change, changedBy);
	}

	/**
	 * Keyed by program and assignment, so compaction keeps each assignment's latest
	 * state.
	 */
	@Override
	public String partitionKey() {
		return this.programId + "/" + this.assignmentId;
	}

	/** What an assignment asks, apart from the event's envelope and history. */
	public record Assignment(String assignmentId, String programId, String cohortId, String learnerId, String title,
			SessionMode mode, String roleTrack, List<String> competencyIds, int questionCount, Instant dueAt) {
	}

	/** What the change was. */
	public enum Change {

		/** Assigned; learners see it as due. */
		ASSIGNED,

		/** Its title, due date or content changed. */
		CHANGED,

		/**
		 * Taken back: nobody is asked to do it any more; sessions started from it stay.
		 */
		WITHDRAWN

	}

}
