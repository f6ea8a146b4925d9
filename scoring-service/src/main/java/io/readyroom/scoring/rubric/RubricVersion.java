package io.readyroom.scoring.rubric;

import java.util.List;

import io.readyroom.contracts.CompetencyWeight;
import io.readyroom.contracts.QuestionType;
import io.readyroom.contracts.QuestionVersionPublished;
import io.readyroom.contracts.Rubric;
import io.readyroom.support.security.Caller;
import org.jspecify.annotations.Nullable;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * What scoring needs of one question version; its id is {@code questionId@version}. The
 * program is {@code null} for a shared-bank question, which every program asks.
 */
@Document("rubrics")
public record RubricVersion(@Id String id, String questionId, int version, @Nullable String programId, String text,
		QuestionType questionType, List<CompetencyWeight> competencies, Rubric rubric, String modelAnswer) {

	static RubricVersion of(QuestionVersionPublished question) {
		return new RubricVersion(question.partitionKey(), question.questionId(), question.version(),
				question.programId(), question.text(), question.questionType(), question.competencies(),
				question.rubric(), question.modelAnswer());
	}

	/** Whether this caller's program asks this question. */
	public boolean isAskedTo(Caller caller) {
		return this.programId == null || caller.belongsTo(this.programId);
	}

}
