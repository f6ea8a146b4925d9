package io.readyroom.scoring.review;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class QuestionCalibrationTests {

	@ParameterizedTest(name = "{0} graded now, scores leaned on {1}: re-score due {2}")
	@CsvSource({ "4, 0, false", "5, 0, true", "6, 5, true", "10, 9, false", "11, 9, true", "24, 20, true",
			"23, 20, false", "0, 5, true" })
	void rescoringIsDueWhenTheGradedAnswersChangedMateriallySinceTheScores(int now, int leanedOn, boolean due) {
		assertThat(QuestionCalibration.of("q-1", "Question?", now, 5, leanedOn, 3).rescoreDue()).isEqualTo(due);
	}

	@ParameterizedTest(name = "{0} graded now, nothing unreviewed")
	@CsvSource({ "5", "20" })
	void withNothingUnreviewedThereIsNothingToRescore(int now) {
		assertThat(QuestionCalibration.of("q-1", "Question?", now, 5, 0, 0).rescoreDue()).isFalse();
	}

}
