package io.readyroom.local.load;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class ThroughputTests {

	@Test
	void dividesTheCountByTheSecondsBetweenTwoMoments() {
		Instant start = Instant.parse("2026-12-07T12:00:00Z");

		assertThat(Throughput.between(300, start, start.plusMillis(2500)).perSecond()).isEqualTo(120.0);
	}

	@Test
	void nothingOrNoTimeIsNoRate() {
		assertThat(new Throughput(0, Duration.ofSeconds(5)).perSecond()).isZero();
		assertThat(new Throughput(10, Duration.ZERO).perSecond()).isZero();
	}

	@Test
	void comparesOneRateWithAnother() {
		Throughput pipeline = new Throughput(100, Duration.ofSeconds(10));
		Throughput broker = new Throughput(20_000, Duration.ofSeconds(4));

		assertThat(pipeline.ratioTo(broker)).isCloseTo(0.002, within(1e-12));
		assertThat(pipeline.ratioTo(new Throughput(0, Duration.ofSeconds(1)))).isZero();
	}

}
