package io.readyroom.local.load;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CountSeriesTests {

	private static final Instant T0 = Instant.parse("2026-12-07T12:00:00Z");

	@Test
	void anAnswerShowsAtTheFirstReadingAfterItsAcknowledgementThatCountsIt() {
		CountSeries dashboard = new CountSeries(40);
		dashboard.read(at(100), 40);
		dashboard.read(at(200), 41);
		dashboard.read(at(300), 41);
		dashboard.read(at(400), 43);

		List<Duration> freshness = dashboard.freshness(List.of(at(50), at(120), at(130)));

		assertThat(freshness).containsExactly(Duration.ofMillis(150), Duration.ofMillis(280), Duration.ofMillis(270));
		assertThat(dashboard.shown()).isEqualTo(3);
		assertThat(dashboard.firstShowing(2)).contains(at(400));
	}

	@Test
	void aCountThatGrewBeforeTheAcknowledgementArrivedShowsTheAnswerAtTheNextReading() {
		CountSeries profile = new CountSeries(0);
		profile.read(at(100), 1);
		profile.read(at(200), 1);

		assertThat(profile.freshness(List.of(at(150)))).containsExactly(Duration.ofMillis(50));
	}

	@Test
	void anAnswerThatNeverShowedHasNoFreshness() {
		CountSeries profile = new CountSeries(5);
		profile.read(at(100), 6);

		assertThat(profile.freshness(List.of(at(10), at(20)))).containsExactly(Duration.ofMillis(90));
		assertThat(profile.firstShowing(2)).isEmpty();
	}

	private static Instant at(long millis) {
		return T0.plusMillis(millis);
	}

}
