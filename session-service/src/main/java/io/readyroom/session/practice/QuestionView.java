package io.readyroom.session.practice;

import io.readyroom.contracts.QuestionType;
import io.readyroom.contracts.RubricStructure;
import io.readyroom.session.bank.QuestionVersion;

/** A question as a learner sees it: no rubric, no model answer. */
record QuestionView(String questionId, int version, String text, QuestionType type, RubricStructure structure) {

	static QuestionView of(QuestionVersion question) {
		return new QuestionView(question.questionId(), question.version(), question.text(), question.questionType(),
				question.content().rubric().structure());
	}

}
