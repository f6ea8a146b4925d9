package io.readyroom.local.demo;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A session a simulated learner starts.
 *
 * @param mode {@code mock-interview} or {@code practice-set}
 * @param types the question types of a practice set; empty for all
 * @param questionCount how many questions
 */
record SessionPlan(String mode, List<String> types, int questionCount) {

	static final String MOCK_INTERVIEW = "mock-interview";

	static final String PRACTICE_SET = "practice-set";

	SessionPlan {
		types = List.copyOf(types);
	}

	/**
	 * The start request's body: what to practise, never who practises, which
	 * session-service takes from the learner's token.
	 */
	Map<String, Object> startRequest(String roleTrack) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("roleTrack", roleTrack);
		body.put("mode", this.mode);
		if (!this.types.isEmpty()) {
			body.put("types", this.types);
		}
		body.put("questionCount", this.questionCount);
		return body;
	}

}
