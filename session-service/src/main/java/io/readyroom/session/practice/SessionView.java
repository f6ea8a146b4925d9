package io.readyroom.session.practice;

import java.time.Instant;
import java.util.List;

import io.readyroom.contracts.SessionMode;

/**
 * A practice session as the API shows it, with its planned question versions in order
 * and, when it was started from one, its assignment.
 */
record SessionView(String sessionId, String learnerId, String cohortId, String roleTrack, SessionMode mode,
		SessionStatus status, List<QuestionRef> plan, int answeredQuestions, Instant startedAt, Instant completedAt,
		String assignmentId) {

	static SessionView of(PracticeSession session) {
		return new SessionView(session.getId(), session.getLearnerId(), session.getCohortId(), session.getRoleTrack(),
				session.getMode(), session.getStatus(), session.getPlan(), session.getAnsweredQuestionIds().size(),
				session.getStartedAt(), session.getCompletedAt(), session.getAssignmentId());
	}

}
