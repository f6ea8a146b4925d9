package io.readyroom.analytics.cohort;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class QuartilesTests {

	@Test
	void interpolatesBetweenOrderStatisticsLikeQuartileInc() {
		CohortDashboard.CompetencyDistribution distribution = Quartiles.of("c", "C", new double[] { 90, 10, 40, 20 });

		assertThat(distribution.q1()).isEqualTo(17.5);
		assertThat(distribution.median()).isEqualTo(30.0);
		assertThat(distribution.q3()).isEqualTo(52.5);
		assertThat(distribution.min()).isEqualTo(10.0);
		assertThat(distribution.max()).isEqualTo(90.0);
	}

	@Test
	void discriminationIsTheUpperMinusLowerGroupsMeanOnTheQuestion() {
		double[][] pairs = { { 20, 30 }, { 40, 50 }, { 60, 55 }, { 90, 80 } };

		assertThat(Discrimination.index(pairs)).isEqualTo(0.7);
		assertThat(Discrimination.index(new double[][] { { 1, 1 } })).isNull();
	}

}
