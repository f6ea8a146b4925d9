package io.readyroom.analytics.cohort;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RefreshPacingTests {

	private static final long START = 5_000_000_000L;

	private final RefreshPacing pacing = new RefreshPacing();

	@Test
	void theFirstPassIsDueAtOnce() {
		assertThat(this.pacing.isDue(START)).isTrue();
	}

	@Test
	void afterAPassNothingInterruptedTheNextChangeIsPickedUpAtOnce() {
		this.pacing.passed(START, at(800), false);

		assertThat(this.pacing.isDue(at(801))).isTrue();
	}

	@Test
	void whileChangesKeepComingTheNextPassWaitsAsLongAsTheLastOneTook() {
		this.pacing.passed(START, at(800), true);

		assertThat(this.pacing.isDue(at(1599))).isFalse();
		assertThat(this.pacing.isDue(at(1600))).isTrue();
	}

	@Test
	void aShortPassLeavesOnlyAShortRest() {
		this.pacing.passed(START, at(20), true);

		assertThat(this.pacing.isDue(at(40))).isTrue();
	}

	private static long at(long millisAfterStart) {
		return START + Duration.ofMillis(millisAfterStart).toNanos();
	}

}
