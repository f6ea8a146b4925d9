package io.readyroom.scoring.rubric;

import io.readyroom.bank.BankQuestion;
import io.readyroom.scoring.engine.ScorableQuestion;

/** Turns the questions the service knows into what the scoring engine scores against. */
public final class ScorableQuestions {

	private ScorableQuestions() {
	}

	public static ScorableQuestion of(RubricVersion question) {
		return new ScorableQuestion(question.questionId(), question.version(), question.text(), question.questionType(),
				question.competencies(), question.rubric(), question.modelAnswer());
	}

	/**
	 * A question of the bank shipped with the service, as the batch command scores it.
	 */
	public static ScorableQuestion of(BankQuestion question) {
		return new ScorableQuestion(question.id(), 1, question.text(), question.questionType(),
				question.competencyWeights(), question.rubric().toRubric(), question.modelAnswer());
	}

}
