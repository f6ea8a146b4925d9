package io.readyroom.session.assignment;

import java.time.Instant;
import java.util.List;

import io.readyroom.contracts.SessionMode;
import org.jspecify.annotations.Nullable;

/**
 * An assignment as its learner sees it, with where they are with it.
 *
 * @param forYouAlone whether it was assigned to the learner alone rather than the cohort
 * @param roleTrack {@code null} when the learner practises their own target role
 * @param completedAt when the learner's first session from it was completed
 */
record MyAssignment(String assignmentId, String cohortId, String title, SessionMode mode, @Nullable String roleTrack,
		List<String> competencyIds, int questionCount, Instant dueAt, boolean forYouAlone, AssignmentStatus status,
		@Nullable Instant completedAt, @Nullable String sessionId) {

	static MyAssignment of(Assignment assignment, LearnerCompletion completion) {
		return new MyAssignment(assignment.id(), assignment.cohortId(), assignment.title(), assignment.mode(),
				assignment.roleTrack(), assignment.competencyIds(), assignment.questionCount(), assignment.dueAt(),
				assignment.learnerId() != null, completion.status(), completion.completedAt(), completion.sessionId());
	}

}
