package io.readyroom.scoring.engine.validity;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class CorrelationTests {

	@Test
	void seriesInTheSameOrderCorrelatePerfectlyWhateverTheirValues() {
		assertThat(Correlation.spearman(new double[] { 10, 20, 90 }, new double[] { 1, 2, 3 })).isEqualTo(1.0);
	}

	@Test
	void reversedSeriesCorrelateAtMinusOne() {
		assertThat(Correlation.spearman(new double[] { 10, 20, 90 }, new double[] { 3, 2, 1 })).isEqualTo(-1.0);
	}

	@Test
	void tiedValuesShareTheirAverageRank() {
		assertThat(Correlation.ranks(new double[] { 30, 10, 30, 20 })).containsExactly(3.5, 1, 3.5, 2);
	}

	@Test
	void pearsonMeasuresLinearAgreement() {
		assertThat(Correlation.pearson(new double[] { 1, 2, 3 }, new double[] { 2, 4, 6 })).isCloseTo(1.0,
				within(1e-9));
		assertThat(Correlation.pearson(new double[] { 1, 2, 3 }, new double[] { 5, 5, 5 })).isEqualTo(0.0);
	}

	@Test
	void oneSwappedPairOfFourLowersTheCorrelation() {
		assertThat(Correlation.spearman(new double[] { 1, 2, 3, 4 }, new double[] { 1, 3, 2, 4 })).isCloseTo(0.8,
				within(1e-9));
	}

}
