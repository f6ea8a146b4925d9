package io.readyroom.contracts;

import com.fasterxml.jackson.annotation.JsonProperty;

/** How hard a question is. */
public enum Difficulty {

	@JsonProperty("beginner")
	BEGINNER,

	@JsonProperty("intermediate")
	INTERMEDIATE,

	@JsonProperty("advanced")
	ADVANCED

}
