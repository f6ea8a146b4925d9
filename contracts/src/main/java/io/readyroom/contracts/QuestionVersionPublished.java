package io.readyroom.contracts;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One version of a bank question with its rubric. Published on the compacted
 * {@link Topics#QUESTION_BANK} topic keyed by {@code questionId@version}, so every
 * version stays resolvable and answers are scored under the version they were asked with.
 */
public record QuestionVersionPublished(String eventId, String type, int schemaVersion, Instant occurredAt,
		String questionId, int version, String text, List<CompetencyWeight> competencies,
		List<RubricCriterion> criteria, String modelAnswer) implements ReadyroomEvent {

	public static final String TYPE = "QuestionVersionPublished";

	public static final int SCHEMA_VERSION = 1;

	public QuestionVersionPublished {
		EventFields.requireEnvelope(eventId, type, TYPE, schemaVersion, occurredAt);
		EventFields.requireText(questionId, "questionId");
		EventFields.requireText(text, "text");
		if (version < 1) {
			throw new IllegalArgumentException("version must be at least 1 but was " + version);
		}
		competencies = List.copyOf(competencies);
		criteria = List.copyOf(criteria);
		if (competencies.isEmpty() || criteria.isEmpty()) {
			throw new IllegalArgumentException("question " + questionId + " needs competencies and criteria");
		}
	}

	public static QuestionVersionPublished of(String questionId, int version, String text,
			List<CompetencyWeight> competencies, List<RubricCriterion> criteria, String modelAnswer) {
		return new QuestionVersionPublished(UUID.randomUUID().toString(), TYPE, SCHEMA_VERSION, Instant.now(),
				questionId, version, text, competencies, criteria, modelAnswer);
	}

	public static String keyOf(String questionId, int version) {
		return questionId + "@" + version;
	}

	@Override
	public String partitionKey() {
		return keyOf(this.questionId, this.version);
	}

}
