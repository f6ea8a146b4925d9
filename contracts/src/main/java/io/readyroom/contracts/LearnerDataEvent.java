package io.readyroom.contracts;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/**
 * The events on {@link Topics#LEARNER_DATA}: what a program decided about its learners'
 * data, and each service's word that it carried the decision out. The {@code type} field
 * tells them apart; one program's events stay in order on one partition.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.EXISTING_PROPERTY, property = "type",
		visible = true)
@JsonSubTypes({ @JsonSubTypes.Type(value = LearnerErasureRequested.class, name = LearnerErasureRequested.TYPE),
		@JsonSubTypes.Type(value = LearnerErasureCompleted.class, name = LearnerErasureCompleted.TYPE),
		@JsonSubTypes.Type(value = AnswerTextExpired.class, name = AnswerTextExpired.TYPE) })
public sealed interface LearnerDataEvent extends ReadyroomEvent
		permits LearnerErasureRequested, LearnerErasureCompleted, AnswerTextExpired {

	String programId();

	@Override
	default String partitionKey() {
		return programId();
	}

}
