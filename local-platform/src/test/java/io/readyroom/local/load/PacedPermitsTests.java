package io.readyroom.local.load;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PacedPermitsTests {

	@Test
	void handsOutExactlyTheNumberOfAnswers() {
		PacedPermits permits = new PacedPermits(3, null, 0);
		permits.start();

		assertThat(permits.take()).isTrue();
		assertThat(permits.take()).isTrue();
		assertThat(permits.remain()).isTrue();
		assertThat(permits.take()).isTrue();
		assertThat(permits.remain()).isFalse();
		assertThat(permits.take()).isFalse();
		assertThat(permits.issued()).isEqualTo(3);
	}

	@Test
	void aDurationThatHasPassedHandsOutNoMore() {
		PacedPermits permits = new PacedPermits(Integer.MAX_VALUE, Duration.ZERO, 0);
		permits.start();

		assertThat(permits.remain()).isFalse();
		assertThat(permits.take()).isFalse();
		assertThat(permits.issued()).isZero();
	}

}
