package io.readyroom.analytics.agreement;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AgreementTallyTests {

	/**
	 * Machine 50 60 70 80 against reviewed 55 65 60 90: deviations from the means 65 and
	 * 67.5 are −15 −5 5 15 and −12.5 −2.5 −7.5 22.5; Σ products 500, Σ squares 500 and
	 * 725, so r = 500 / √(500 · 725) = 0.830; |differences| 5 5 10 10, mean 7.5.
	 */
	@Test
	void correlationAndMeanAbsoluteDifferenceAreThoseWorkedOutByHand() {
		Agreement agreement = tally(new int[][] { { 50, 55 }, { 60, 65 }, { 70, 60 }, { 80, 90 } });

		assertThat(agreement).isEqualTo(new Agreement(4, 0.83, 7.5, 65.0, 67.5));
	}

	/** Reviewed = 110 − machine exactly; |differences| 70 10 50, mean 43.3. */
	@Test
	void reviewersWhoGradeTheOppositeWayCorrelateNegatively() {
		Agreement agreement = tally(new int[][] { { 20, 90 }, { 50, 60 }, { 80, 30 } });

		assertThat(agreement.pearson()).isEqualTo(-1.0);
		assertThat(agreement.meanAbsoluteDifference()).isEqualTo(43.3);
	}

	@Test
	void fewerThanThreeAnswersGiveNoCorrelation() {
		Agreement agreement = tally(new int[][] { { 40, 40 }, { 90, 70 } });

		assertThat(agreement).isEqualTo(new Agreement(2, null, 10.0, 65.0, 55.0));
	}

	@Test
	void aScoreThatDoesNotVaryGivesNoCorrelation() {
		assertThat(tally(new int[][] { { 30, 50 }, { 30, 60 }, { 30, 70 } }).pearson()).isNull();
		assertThat(tally(new int[][] { { 40, 70 }, { 60, 70 }, { 80, 70 } }).pearson()).isNull();
	}

	@Test
	void nothingReviewedHasOnlyItsCount() {
		assertThat(new AgreementTally().agreement()).isEqualTo(new Agreement(0, null, null, null, null));
	}

	private static Agreement tally(int[][] pairs) {
		AgreementTally tally = new AgreementTally();
		for (int[] pair : pairs) {
			tally.add(pair[0], pair[1]);
		}
		return tally.agreement();
	}

}
