package io.readyroom.analytics.agreement;

import org.jspecify.annotations.Nullable;

/**
 * {@link Agreement} on one question's reviewed answers.
 *
 * @param questionText the latest wording analytics knows; {@code null} when the bank has
 * not told it
 */
public record QuestionAgreement(String questionId, @Nullable String questionText, int reviewed,
		@Nullable Double pearson, @Nullable Double meanAbsoluteDifference, @Nullable Double meanMachineScore,
		@Nullable Double meanReviewedScore) {

	static QuestionAgreement of(String questionId, @Nullable String questionText, Agreement agreement) {
		return new QuestionAgreement(questionId, questionText, agreement.reviewed(), agreement.pearson(),
				agreement.meanAbsoluteDifference(), agreement.meanMachineScore(), agreement.meanReviewedScore());
	}

}
