package io.readyroom.contracts;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The shape a strong answer is expected to have. */
public enum RubricStructure {

	/** Situation, Task, Action, Result: behavioral questions. */
	@JsonProperty("star")
	STAR,

	/** The rubric's criteria are steps of a process, in the order listed. */
	@JsonProperty("ordered-steps")
	ORDERED_STEPS,

	/** No particular structure beyond covering the key points. */
	@JsonProperty("free")
	FREE

}
