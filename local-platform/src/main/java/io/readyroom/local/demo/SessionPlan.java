package io.readyroom.local.demo;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A session a simulated learner starts in one week of the demo's history.
 *
 * @param week the week of practice, 0 for the first
 * @param slot which of the week's sessions it is, 0 for the first
 * @param mode {@code mock-interview} or {@code practice-set}
 * @param types the question types of a practice set; empty for all
 * @param difficulties the difficulties of a practice set; empty for all
 * @param questionCount how many questions at most
 */
record SessionPlan(int week, int slot, String mode, List<String> types, List<String> difficulties, int questionCount) {

	static final String MOCK_INTERVIEW = "mock-interview";

	static final String PRACTICE_SET = "practice-set";

	SessionPlan {
		types = List.copyOf(types);
		difficulties = List.copyOf(difficulties);
	}

	boolean isFirst() {
		return this.week == 0 && this.slot == 0;
	}

	/**
	 * The start request's body: what to practise and when, never who practises, which
	 * session-service takes from the learner's token.
	 */
	Map<String, Object> startRequest(String roleTrack, Instant startedAt) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("roleTrack", roleTrack);
		body.put("mode", this.mode);
		if (!this.types.isEmpty()) {
			body.put("types", this.types);
		}
		if (!this.difficulties.isEmpty()) {
			body.put("difficulties", this.difficulties);
		}
		body.put("questionCount", this.questionCount);
		body.put("startedAt", startedAt.toString());
		return body;
	}

}
