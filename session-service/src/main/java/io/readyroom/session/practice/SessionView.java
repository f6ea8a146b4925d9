package io.readyroom.session.practice;

import java.time.Instant;

/** A practice session as the API shows it. */
record SessionView(String sessionId, String learnerId, String cohortId, String roleTrack, SessionStatus status,
		int plannedQuestions, int answeredQuestions, Instant startedAt, Instant completedAt) {

	static SessionView of(PracticeSession session) {
		return new SessionView(session.getId(), session.getLearnerId(), session.getCohortId(), session.getRoleTrack(),
				session.getStatus(), session.getPlan().size(), session.getAnsweredQuestionIds().size(),
				session.getStartedAt(), session.getCompletedAt());
	}

}
