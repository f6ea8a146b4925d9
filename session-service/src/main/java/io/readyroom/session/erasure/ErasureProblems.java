package io.readyroom.session.erasure;

import io.readyroom.problems.Problems;

import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

/** The RFC 9457 problems an erasure request can run into. */
final class ErasureProblems {

	private ErasureProblems() {
	}

	/** Also for a learner of another program: to this program they are unknown. */
	static ErrorResponseException unknownLearner(String programId, String learnerId) {
		return Problems.exception(HttpStatus.NOT_FOUND, "unknown-learner", "Unknown learner", "Program '" + programId
				+ "' has no learner '" + learnerId + "' on record, so there is nothing of theirs to erase here.");
	}

	static ErrorResponseException unknownErasure(String programId, String erasureId) {
		return Problems.exception(HttpStatus.NOT_FOUND, "unknown-erasure", "Unknown erasure",
				"Program '" + programId + "' has no erasure '" + erasureId + "'.");
	}

}
