package io.readyroom.contracts;

import java.time.Instant;
import java.util.UUID;

/**
 * A learner's answer, acknowledged only once this event is in Kafka. {@code answerId} is
 * chosen by the client and is the idempotency key all the way to the dashboards.
 */
public record AnswerSubmitted(String eventId, String type, int schemaVersion, Instant occurredAt, String answerId,
		String sessionId, String learnerId, String programId, String cohortId, String questionId, int questionVersion,
		String answerText) implements ReadyroomEvent {

	public static final String TYPE = "AnswerSubmitted";

	public static final int SCHEMA_VERSION = 1;

	public AnswerSubmitted {
		EventFields.requireEnvelope(eventId, type, TYPE, schemaVersion, occurredAt);
		EventFields.requireText(answerId, "answerId");
		EventFields.requireText(sessionId, "sessionId");
		EventFields.requireText(learnerId, "learnerId");
		EventFields.requireText(cohortId, "cohortId");
		EventFields.requireText(questionId, "questionId");
		EventFields.requireText(answerText, "answerText");
		if (questionVersion < 1) {
			throw new IllegalArgumentException("questionVersion must be at least 1 but was " + questionVersion);
		}
	}

	public static AnswerSubmitted of(String answerId, String sessionId, String learnerId, String programId,
			String cohortId, String questionId, int questionVersion, String answerText) {
		return new AnswerSubmitted(UUID.randomUUID().toString(), TYPE, SCHEMA_VERSION, Instant.now(), answerId,
				sessionId, learnerId, programId, cohortId, questionId, questionVersion, answerText);
	}

	@Override
	public String partitionKey() {
		return this.learnerId;
	}

	/**
	 * Keyed by answer on its learner's partition: a tombstone for the answer id removes
	 * the text from the compacted topic when the learner is erased or the text expires.
	 */
	@Override
	public String recordKey() {
		return this.answerId;
	}

}
