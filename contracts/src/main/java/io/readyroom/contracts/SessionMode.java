package io.readyroom.contracts;

import com.fasterxml.jackson.annotation.JsonProperty;

/** How a practice session chose its questions. */
public enum SessionMode {

	/**
	 * A realistic interview: a mix of behavioral, technical and situational questions.
	 */
	@JsonProperty("mock-interview")
	MOCK_INTERVIEW,

	/** Questions the learner filtered by type and difficulty. */
	@JsonProperty("practice-set")
	PRACTICE_SET,

	/** Questions on the learner's weakest competencies. */
	@JsonProperty("targeted")
	TARGETED

}
