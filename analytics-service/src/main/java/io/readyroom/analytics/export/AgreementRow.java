package io.readyroom.analytics.export;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import io.readyroom.analytics.agreement.Agreement;
import io.readyroom.analytics.agreement.AgreementReport;
import io.readyroom.analytics.agreement.QuestionAgreement;

/**
 * One row of the agreement export: level {@code overall} for all the reviewed answers of
 * the scope (no question), level {@code question} for one question's.
 */
record AgreementRow(String level, String questionId, String questionText, int reviewed, Double pearson,
		Double meanAbsoluteDifference, Double meanMachineScore, Double meanReviewedScore) {

	static final List<String> HEADER = List.of("level", "questionId", "questionText", "reviewed", "pearson",
			"meanAbsoluteDifference", "meanMachineScore", "meanReviewedScore");

	static List<AgreementRow> of(AgreementReport report) {
		Agreement overall = report.overall();
		List<AgreementRow> rows = new ArrayList<>();
		rows.add(new AgreementRow("overall", null, null, overall.reviewed(), overall.pearson(),
				overall.meanAbsoluteDifference(), overall.meanMachineScore(), overall.meanReviewedScore()));
		for (QuestionAgreement question : report.questions()) {
			rows.add(new AgreementRow("question", question.questionId(), question.questionText(), question.reviewed(),
					question.pearson(), question.meanAbsoluteDifference(), question.meanMachineScore(),
					question.meanReviewedScore()));
		}
		return rows;
	}

	/** In {@link #HEADER}'s order; a missing figure is an empty cell. */
	List<Object> fields() {
		return Arrays.asList(this.level, this.questionId, this.questionText, this.reviewed, this.pearson,
				this.meanAbsoluteDifference, this.meanMachineScore, this.meanReviewedScore);
	}

}
