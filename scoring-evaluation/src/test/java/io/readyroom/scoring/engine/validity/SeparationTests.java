package io.readyroom.scoring.engine.validity;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The model comparison's AUC and point-biserial r, checked on cases worked by hand. */
class SeparationTests {

	@Test
	void perfectlySeparatedGroupsHaveAucOne() {
		Separation separation = Separation.of(List.of(0.9, 0.8), List.of(0.2, 0.1, 0.3));

		assertThat(separation.auc()).isEqualTo(1.0);
		assertThat(separation.pointBiserial()).isGreaterThan(0.9);
		assertThat(separation.positiveMedian()).isCloseTo(0.85, within(1e-9));
	}

	@Test
	void tiesCountHalfAndReversedGroupsMirrorTheAuc() {
		// pairs: (0.5,0.5) tie = 0.5, (0.5,0.1) win, (0.2,0.5) loss, (0.2,0.1) win -> 2.5
		// / 4
		assertThat(Separation.of(List.of(0.5, 0.2), List.of(0.5, 0.1)).auc()).isEqualTo(0.625);
		assertThat(Separation.of(List.of(0.5, 0.1), List.of(0.5, 0.2)).auc()).isEqualTo(0.375);
	}

	@Test
	void pointBiserialIsPearsonWithAZeroOneLabel() {
		// values 3, 1 (label 1) and 0, 0 (label 0): Pearson r = 2 / sqrt(6) = 0.8165
		assertThat(Separation.of(List.of(3.0, 1.0), List.of(0.0, 0.0)).pointBiserial()).isCloseTo(0.8165, within(1e-4));
	}

}
