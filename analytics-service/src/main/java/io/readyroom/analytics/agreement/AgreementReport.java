package io.readyroom.analytics.agreement;

import java.util.List;

/**
 * Where the scorer and the reviewers of a cohort or program agree and where not.
 *
 * @param scope {@code cohort} or {@code program}
 * @param id the cohort's or program's id
 * @param questions the reviewed questions, the largest mean absolute difference first
 */
public record AgreementReport(String scope, String id, Agreement overall, List<QuestionAgreement> questions) {

	public AgreementReport {
		questions = List.copyOf(questions);
	}

}
