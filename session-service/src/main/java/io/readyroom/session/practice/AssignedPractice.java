package io.readyroom.session.practice;

import java.util.List;

import io.readyroom.contracts.SessionMode;
import io.readyroom.support.security.Caller;
import org.jspecify.annotations.Nullable;

/**
 * The practice a learner was assigned, as a session started from it draws its questions.
 * Offered by the assignments feature, so that sessions need not know how assignments are
 * kept.
 */
public interface AssignedPractice {

	/**
	 * The assignment, if the learner may start a session from it.
	 * @throws org.springframework.web.ErrorResponseException 404 when it is unknown (or
	 * another program's), 403 when it is for another learner or cohort, 409 when it was
	 * withdrawn
	 */
	Assigned of(Caller learner, String assignmentId);

	/**
	 * What a session started from an assignment practises.
	 *
	 * @param roleTrack {@code null} when each learner practises their own target role
	 * @param competencyIds for a targeted drill, the competencies to drill; empty for the
	 * learner's weakest
	 */
	record Assigned(String assignmentId, String cohortId, SessionMode mode, @Nullable String roleTrack,
			List<String> competencyIds, int questionCount) {

		public Assigned {
			competencyIds = List.copyOf(competencyIds);
		}

	}

}
