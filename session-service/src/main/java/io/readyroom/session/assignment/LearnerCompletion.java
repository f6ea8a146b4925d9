package io.readyroom.session.assignment;

import java.time.Instant;

import io.readyroom.session.practice.SessionHistory.AssignedSession;
import org.jspecify.annotations.Nullable;

/**
 * One learner's part in an assignment: whether they completed a session started from it,
 * when (their first), and whether that was after the due date.
 *
 * @param sessionId the first session that completed it; {@code null} while not done
 */
record LearnerCompletion(String learnerId, AssignmentStatus status, boolean completed, @Nullable Instant completedAt,
		boolean late, @Nullable String sessionId) {

	static LearnerCompletion of(String learnerId, Instant dueAt, @Nullable AssignedSession first, Instant now) {
		Instant completedAt = (first != null) ? first.completedAt() : null;
		AssignmentStatus status = AssignmentStatus.of(dueAt, completedAt, now);
		return new LearnerCompletion(learnerId, status, status.isDone(), completedAt,
				status == AssignmentStatus.DONE_LATE, (first != null) ? first.sessionId() : null);
	}

}
