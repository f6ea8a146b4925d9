package io.readyroom.scoring.rubric;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class SpearmanCorrelationTests {

	@Test
	void seriesInTheSameOrderCorrelatePerfectlyWhateverTheirValues() {
		assertThat(SpearmanCorrelation.of(new double[] { 10, 20, 90 }, new double[] { 1, 2, 3 })).isEqualTo(1.0);
	}

	@Test
	void reversedSeriesCorrelateAtMinusOne() {
		assertThat(SpearmanCorrelation.of(new double[] { 10, 20, 90 }, new double[] { 3, 2, 1 })).isEqualTo(-1.0);
	}

	@Test
	void tiedValuesShareTheirAverageRank() {
		assertThat(SpearmanCorrelation.ranks(new double[] { 30, 10, 30, 20 })).containsExactly(3.5, 1, 3.5, 2);
	}

	@Test
	void oneSwappedPairOfFourLowersTheCorrelation() {
		assertThat(SpearmanCorrelation.of(new double[] { 1, 2, 3, 4 }, new double[] { 1, 3, 2, 4 })).isCloseTo(0.8,
				within(1e-9));
	}

}
