package io.readyroom.session.answer;

/** What the learner gets back for an accepted answer. */
record AnswerReceipt(String answerId, String status) {

	static AnswerReceipt accepted(String answerId) {
		return new AnswerReceipt(answerId, "ACCEPTED");
	}

}
