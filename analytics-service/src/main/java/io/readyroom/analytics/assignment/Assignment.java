package io.readyroom.analytics.assignment;

import java.time.Instant;

import io.readyroom.contracts.AssignmentChanged;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * An assignment as it was last changed.
 *
 * @param learnerId the one learner it is for; {@code null} for the whole cohort
 * @param withdrawn whether it was taken back; it is then no longer shown
 * @param revision the revision of the {@link AssignmentChanged} it was taken from
 */
@Document("assignments")
// a cohort's assignments
@CompoundIndex(def = "{ 'cohortId': 1, 'dueAt': 1 }", useGeneratedName = true)
public record Assignment(@Id String assignmentId, String programId, String cohortId, String learnerId, String title,
		String mode, String roleTrack, int questionCount, Instant dueAt, boolean withdrawn, int revision) {

	static Assignment of(AssignmentChanged event) {
		return new Assignment(event.assignmentId(), event.programId(), event.cohortId(), event.learnerId(),
				event.title(), event.mode().name(), event.roleTrack(), event.questionCount(), event.dueAt(),
				event.change() == AssignmentChanged.Change.WITHDRAWN, event.revision());
	}

	boolean isForWholeCohort() {
		return this.learnerId == null;
	}

}
