package io.readyroom.identity.throttle;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SignInThrottleTests {

	private static final String ADDRESS = "192.0.2.10";

	private final MovingClock clock = new MovingClock(Instant.parse("2026-03-02T09:00:00Z"));

	private final SignInThrottle throttle = new SignInThrottle(
			new SignInThrottleProperties(5, 20, Duration.ofMinutes(15), Duration.ofMinutes(1), Duration.ofHours(1)),
			this.clock);

	@Test
	void theFifthFailureWithinFifteenMinutesLocksTheUsernameOutForAMinute() {
		failTimes("ana", 4);
		assertThat(this.throttle.lockedUntil("ana", ADDRESS)).isEmpty();

		assertThat(this.throttle.failed("ana", ADDRESS)).contains(this.clock.instant().plus(Duration.ofMinutes(1)));
		assertThat(this.throttle.lockedUntil("ana", ADDRESS)).isPresent();
		assertThat(this.throttle.lockedUntil("ben", ADDRESS)).as("another username from the same address").isEmpty();

		this.clock.advance(Duration.ofMinutes(1));
		assertThat(this.throttle.lockedUntil("ana", ADDRESS)).isEmpty();
	}

	@Test
	void failuresOlderThanFifteenMinutesNoLongerCount() {
		failTimes("ana", 4);
		this.clock.advance(Duration.ofMinutes(15));

		assertThat(this.throttle.failed("ana", ADDRESS)).isEmpty();
		assertThat(this.throttle.lockedUntil("ana", ADDRESS)).isEmpty();
	}

	@Test
	void eachLockoutThatFollowsAnotherLastsTwiceAsLongUpToAnHour() {
		Duration[] expected = { Duration.ofMinutes(1), Duration.ofMinutes(2), Duration.ofMinutes(4),
				Duration.ofMinutes(8), Duration.ofMinutes(16), Duration.ofMinutes(32), Duration.ofHours(1),
				Duration.ofHours(1) };
		for (Duration lockout : expected) {
			failTimes("ana", 4);
			Instant lastFailure = this.clock.instant();
			assertThat(this.throttle.failed("ana", ADDRESS)).contains(lastFailure.plus(lockout));
			this.clock.advance(lockout);
		}
	}

	@Test
	void aSuccessfulSignInStartsTheCountAfresh() {
		failTimes("ana", 4);
		this.throttle.succeeded("ana");

		failTimes("ana", 4);
		assertThat(this.throttle.lockedUntil("ana", ADDRESS)).isEmpty();
	}

	@Test
	void theUsernamesCaseDoesNotEscapeTheCount() {
		failTimes("ana", 2);
		failTimes("Ana", 2);

		assertThat(this.throttle.failed(" ANA", ADDRESS)).isPresent();
	}

	@Test
	void oneAddressTryingManyUsernamesIsLockedOutForEveryUsername() {
		for (int attempt = 1; attempt <= 19; attempt++) {
			assertThat(this.throttle.failed("user-" + attempt, ADDRESS)).isEmpty();
		}

		assertThat(this.throttle.failed("user-20", ADDRESS)).isPresent();
		assertThat(this.throttle.lockedUntil("carla", ADDRESS)).as("a username never tried").isPresent();
		assertThat(this.throttle.lockedUntil("carla", "192.0.2.11")).as("from another address").isEmpty();
	}

	@Test
	void aSuccessDoesNotClearTheAddress() {
		for (int attempt = 1; attempt <= 19; attempt++) {
			this.throttle.failed("user-" + attempt, ADDRESS);
		}
		this.throttle.succeeded("mallory");

		assertThat(this.throttle.failed("user-20", ADDRESS)).isPresent();
	}

	private void failTimes(String username, int times) {
		for (int attempt = 0; attempt < times; attempt++) {
			this.throttle.failed(username, ADDRESS);
			this.clock.advance(Duration.ofSeconds(10));
		}
	}

	private static final class MovingClock extends Clock {

		private Instant now;

		MovingClock(Instant start) {
			this.now = start;
		}

		void advance(Duration duration) {
			this.now = this.now.plus(duration);
		}

		@Override
		public Instant instant() {
			return this.now;
		}

		@Override
		public ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return this;
		}

	}

}
