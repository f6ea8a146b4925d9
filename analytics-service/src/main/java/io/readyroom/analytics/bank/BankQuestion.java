package io.readyroom.analytics.bank;

import java.util.List;
import java.util.Map;

import io.readyroom.contracts.QuestionVersionPublished;
import io.readyroom.contracts.RubricCriterion;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One question version, keyed {@code questionId@version} like its bank record, so a
 * redelivered version overwrites itself.
 *
 * @param keyPoints rubric criterion id to its description
 */
@Document("question_versions")
public record BankQuestion(@Id String id, @Indexed String questionId, int version, String programId, String text,
		String questionType, String difficulty, List<String> roleTracks, List<String> competencies,
		Map<String, String> keyPoints) {

	static BankQuestion of(QuestionVersionPublished event) {
		Map<String, String> keyPoints = new java.util.LinkedHashMap<>();
		for (RubricCriterion criterion : event.rubric().criteria()) {
			keyPoints.put(criterion.id(), criterion.description());
		}
		return new BankQuestion(QuestionVersionPublished.keyOf(event.questionId(), event.version()), event.questionId(),
				event.version(), event.programId(), event.text(), event.questionType().name(),
				event.difficulty().name(), event.roleTracks(),
				event.competencies().stream().map((weight) -> weight.competency()).toList(), keyPoints);
	}

	public boolean visibleTo(String program) {
		return this.programId == null || this.programId.equals(program);
	}

}
