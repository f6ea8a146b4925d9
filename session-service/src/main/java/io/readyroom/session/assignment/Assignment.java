package io.readyroom.session.assignment;

import java.time.Instant;
import java.util.List;

import io.readyroom.contracts.AssignmentChanged;
import io.readyroom.contracts.AssignmentChanged.Change;
import io.readyroom.contracts.SessionMode;
import io.readyroom.support.security.Caller;
import org.jspecify.annotations.Nullable;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * Practice assigned to a program's cohort, or to one learner of it, as it is now. Each
 * change makes a new state with the next revision; a withdrawn assignment stays, so its
 * sessions keep their meaning.
 *
 * @param learnerId the one learner it is for; {@code null} for the whole cohort
 * @param roleTrack {@code null} for each learner's own target role
 * @param competencyIds for a drill, the competencies to drill; empty for each learner's
 * weakest
 */
@Document("assignments")
record Assignment(@Id String id, @Indexed String programId, String cohortId, @Nullable String learnerId, String title,
		SessionMode mode, @Nullable String roleTrack, List<String> competencyIds, int questionCount, Instant dueAt,
		int revision, boolean withdrawn, String assignedBy, Instant assignedAt) {

	Assignment {
		competencyIds = List.copyOf(competencyIds);
	}

	Assignment changed(String newTitle, Instant newDueAt) {
		return new Assignment(this.id, this.programId, this.cohortId, this.learnerId, newTitle, this.mode,
				this.roleTrack, this.competencyIds, this.questionCount, newDueAt, this.revision + 1, this.withdrawn,
				this.assignedBy, this.assignedAt);
	}

	Assignment withdraw() {
		return new Assignment(this.id, this.programId, this.cohortId, this.learnerId, this.title, this.mode,
				this.roleTrack, this.competencyIds, this.questionCount, this.dueAt, this.revision + 1, true,
				this.assignedBy, this.assignedAt);
	}

	/** Whether the learner is asked to do it: theirs alone, or their cohort's. */
	boolean isFor(Caller learner) {
		boolean inCohort = learner.programId() != null && learner.programId().equals(this.programId)
				&& learner.cohortIds().contains(this.cohortId);
		return inCohort && (this.learnerId == null || learner.isLearner(this.learnerId));
	}

	AssignmentChanged event(Change change, String changedBy) {
		return AssignmentChanged.of(
				new AssignmentChanged.Assignment(this.id, this.programId, this.cohortId, this.learnerId, this.title,
						this.mode, this.roleTrack, this.competencyIds, this.questionCount, this.dueAt),
				this.revision, change, changedBy);
	}

}
