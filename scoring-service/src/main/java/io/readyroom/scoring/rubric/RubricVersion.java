package io.readyroom.scoring.rubric;

import java.util.List;

import io.readyroom.contracts.CompetencyWeight;
import io.readyroom.contracts.QuestionType;
import io.readyroom.contracts.QuestionVersionPublished;
import io.readyroom.contracts.Rubric;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** What scoring needs of one question version; its id is {@code questionId@version}. */
@Document("rubrics")
public record RubricVersion(@Id String id, String questionId, int version, String text, QuestionType questionType,
		List<CompetencyWeight> competencies, Rubric rubric, String modelAnswer) {

	static RubricVersion of(QuestionVersionPublished question) {
		return new RubricVersion(question.partitionKey(), question.questionId(), question.version(), question.text(),
				question.questionType(), question.competencies(), question.rubric(), question.modelAnswer());
	}

}
