package io.readyroom.session.practice;

import io.readyroom.session.bank.BankQuestion;

/** A question as a learner sees it: no rubric, no model answer. */
record QuestionView(String questionId, int version, String text) {

	static QuestionView of(BankQuestion question) {
		return new QuestionView(question.id(), question.version(), question.text());
	}

}
