package io.readyroom.session.bank;

import java.util.List;

import io.readyroom.contracts.CompetencyWeight;
import io.readyroom.contracts.Difficulty;
import io.readyroom.contracts.QuestionType;

/** A question in a listing: what it asks and what it assesses, not how it is scored. */
record QuestionSummary(String questionId, int version, String programId, String text, QuestionType type,
		Difficulty difficulty, List<String> roleTracks, List<CompetencyWeight> competencies) {

	static QuestionSummary of(QuestionVersion question) {
		return new QuestionSummary(question.questionId(), question.version(), question.programId(), question.text(),
				question.questionType(), question.difficulty(), question.roleTracks(), question.competencies());
	}

}
