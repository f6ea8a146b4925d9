package io.readyroom.contracts;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The explained score of one answer under one rubric version. A later event for the same
 * {@code answerId} under a newer {@code questionVersion} supersedes it (re-scoring).
 */
public record AnswerScored(String eventId, String type, int schemaVersion, Instant occurredAt, String answerId,
		String sessionId, String learnerId, String programId, String cohortId, String questionId, int questionVersion,
		Instant submittedAt, int score, List<CompetencyScore> competencyScores, List<CriterionResult> criteria,
		ScoreExplanation explanation, String scorerVersion) implements ReadyroomEvent {

	public static final String TYPE = "AnswerScored";

	public static final int SCHEMA_VERSION = 1;

	public AnswerScored {
		EventFields.requireEnvelope(eventId, type, TYPE, schemaVersion, occurredAt);
		EventFields.requireText(answerId, "answerId");
		EventFields.requireText(sessionId, "sessionId");
		EventFields.requireText(learnerId, "learnerId");
		EventFields.requireText(cohortId, "cohortId");
		EventFields.requireText(questionId, "questionId");
		EventFields.requireText(scorerVersion, "scorerVersion");
		ScoreRange.require(score, "score");
		if (submittedAt == null) {
			throw new IllegalArgumentException("submittedAt must not be null");
		}
		competencyScores = List.copyOf(competencyScores);
		criteria = List.copyOf(criteria);
		explanation = (explanation != null) ? explanation : ScoreExplanation.none();
	}

	/**
	 * Scores {@code answer} under rubric version {@code questionVersion}: the version it
	 * was asked with, or a newer one when history is re-scored. The event's envelope is
	 * new, the answer's identity is carried over.
	 */
	public static AnswerScored of(AnswerSubmitted answer, int questionVersion, int score,
			List<CompetencyScore> competencyScores, List<CriterionResult> criteria, ScoreExplanation explanation,
			String scorerVersion) {
		return new AnswerScored(UUID.randomUUID().toString(), TYPE, SCHEMA_VERSION, Instant.now(), answer.answerId(),
				answer.sessionId(), answer.learnerId(), answer.programId(), answer.cohortId(), answer.questionId(),
				questionVersion, answer.occurredAt(), score, competencyScores, criteria, explanation, scorerVersion);
	}

	@Override
	public String partitionKey() {
		return this.learnerId;
	}

}
