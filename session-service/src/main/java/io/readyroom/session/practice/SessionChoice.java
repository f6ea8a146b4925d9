package io.readyroom.session.practice;

import java.util.List;
import java.util.Set;

import io.readyroom.contracts.Difficulty;
import io.readyroom.contracts.QuestionType;
import io.readyroom.contracts.SessionMode;
import io.readyroom.session.practice.AssignedPractice.Assigned;
import org.jspecify.annotations.Nullable;

/**
 * What a new session practises, as the learner chose it or as an assignment sets it.
 *
 * @param competencyIds for a targeted session, the competencies to drill; empty for the
 * learner's weakest
 * @param assignmentId the assignment the session is started from, or {@code null}
 */
record SessionChoice(String roleTrack, SessionMode mode, Set<QuestionType> types, Set<Difficulty> difficulties,
		int questionCount, List<String> competencyIds, @Nullable String assignmentId) {

	/**
	 * @throws org.springframework.web.ErrorResponseException 400 when the request names
	 * no role track
	 */
	static SessionChoice of(StartSessionRequest request, int defaultCount) {
		int count = (request.questionCount() != null) ? request.questionCount() : defaultCount;
		return new SessionChoice(requireRoleTrack(request.roleTrack()), request.mode(), request.types(),
				request.difficulties(), count, List.of(), null);
	}

	/**
	 * The assignment's mode, competencies and question count, on its role track or, where
	 * it leaves that to each learner, the one the request names.
	 */
	static SessionChoice of(Assigned assigned, StartSessionRequest request) {
		String roleTrack = (assigned.roleTrack() != null) ? assigned.roleTrack()
				: requireRoleTrack(request.roleTrack());
		return new SessionChoice(roleTrack, assigned.mode(), Set.of(), Set.of(), assigned.questionCount(),
				assigned.competencyIds(), assigned.assignmentId());
	}

	private static String requireRoleTrack(@Nullable String roleTrack) {
		if (roleTrack == null || roleTrack.isBlank()) {
			throw SessionProblems.roleTrackMissing();
		}
		return roleTrack;
	}

}
