package io.readyroom.contracts;

import com.fasterxml.jackson.annotation.JsonProperty;

/** What kind of interview question it is; decides the structure a good answer takes. */
public enum QuestionType {

	/** Past experience, answered with a STAR story. */
	@JsonProperty("behavioral")
	BEHAVIORAL,

	/** Knowledge and skill checks. */
	@JsonProperty("technical")
	TECHNICAL,

	/** Hypotheticals that test judgment, answered step by step. */
	@JsonProperty("situational")
	SITUATIONAL

}
