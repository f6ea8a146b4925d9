package io.readyroom.contracts;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/**
 * The events on {@link Topics#PRACTICE_SESSIONS}; the {@code type} field tells them
 * apart.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.EXISTING_PROPERTY, property = "type",
		visible = true)
@JsonSubTypes({ @JsonSubTypes.Type(value = PracticeSessionStarted.class, name = PracticeSessionStarted.TYPE),
		@JsonSubTypes.Type(value = PracticeSessionCompleted.class, name = PracticeSessionCompleted.TYPE) })
public sealed interface PracticeSessionEvent extends ReadyroomEvent
		permits PracticeSessionStarted, PracticeSessionCompleted {

	String sessionId();

	String learnerId();

	String cohortId();

	@Override
	default String partitionKey() {
		return learnerId();
	}

}
