package io.readyroom.contracts;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * One version of a bank question with its rubric. Published on the compacted
 * {@link Topics#QUESTION_BANK} topic keyed by {@code questionId@version}, so every
 * version stays resolvable and answers are scored under the version they were asked with.
 * {@code programId} is null for the shared bank and names the program for a program's own
 * questions.
 */
public record QuestionVersionPublished(String eventId, String type, int schemaVersion, Instant occurredAt,
		String questionId, int version, String programId, String text, QuestionType questionType, Difficulty difficulty,
		List<String> roleTracks, List<CompetencyWeight> competencies, String intent, Rubric rubric,
		String modelAnswer) implements ReadyroomEvent {

	public static final String TYPE = "QuestionVersionPublished";

	public static final int SCHEMA_VERSION = 1;

	public QuestionVersionPublished {
		EventFields.requireEnvelope(eventId, type, TYPE, schemaVersion, occurredAt);
		EventFields.requireText(questionId, "questionId");
		EventFields.requireText(text, "text");
		Objects.requireNonNull(questionType, "questionType must not be null");
		Objects.requireNonNull(difficulty, "difficulty must not be null");
		Objects.requireNonNull(rubric, "rubric must not be null");
		if (version < 1) {
			throw new IllegalArgumentException("version must be at least 1 but was " + version);
		}
		roleTracks = List.copyOf(roleTracks);
		competencies = List.copyOf(competencies);
		if (competencies.isEmpty()) {
			throw new IllegalArgumentException("question " + questionId + " needs at least one competency");
		}
	}

	/** The content of one question version, without the event's envelope. */
	public record Content(String questionId, int version, String programId, String text, QuestionType questionType,
			Difficulty difficulty, List<String> roleTracks, List<CompetencyWeight> competencies, String intent,
			Rubric rubric, String modelAnswer) {

	}

	public static QuestionVersionPublished of(Content question) {
		return new QuestionVersionPublished(UUID.randomUUID().toString(), TYPE, SCHEMA_VERSION, Instant.now(),
				question.questionId(), question.version(), question.programId(), question.text(),
				question.questionType(), question.difficulty(), question.roleTracks(), question.competencies(),
				question.intent(), question.rubric(), question.modelAnswer());
	}

	public static String keyOf(String questionId, int version) {
		return questionId + "@" + version;
	}

	@Override
	public String partitionKey() {
		return keyOf(this.questionId, this.version);
	}

}
