package io.readyroom.scoring.rubric;

import java.util.List;

import io.readyroom.contracts.CompetencyWeight;
import io.readyroom.contracts.QuestionVersionPublished;
import io.readyroom.contracts.RubricCriterion;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** The rubric of one question version; its id is {@code questionId@version}. */
@Document("rubrics")
public record Rubric(@Id String id, String questionId, int version, List<CompetencyWeight> competencies,
		List<RubricCriterion> criteria, String modelAnswer) {

	static Rubric of(QuestionVersionPublished question) {
		return new Rubric(question.partitionKey(), question.questionId(), question.version(), question.competencies(),
				question.criteria(), question.modelAnswer());
	}

}
