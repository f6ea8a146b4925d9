package io.readyroom.local.load;

import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class PercentilesTests {

	@Test
	void takesTheNearestRankOfAHundredMeasurementsInAnyOrder() {
		List<Duration> millis = IntStream.rangeClosed(1, 100).map((i) -> 101 - i).mapToObj(Duration::ofMillis).toList();
		Percentiles percentiles = new Percentiles(millis);

		assertThat(percentiles.at(50)).isEqualTo(Duration.ofMillis(50));
		assertThat(percentiles.at(95)).isEqualTo(Duration.ofMillis(95));
		assertThat(percentiles.at(99)).isEqualTo(Duration.ofMillis(99));
		assertThat(percentiles.at(100)).isEqualTo(Duration.ofMillis(100));
	}

	@Test
	void aHighPercentileOfFewMeasurementsIsTheLargest() {
		Percentiles percentiles = new Percentiles(
				List.of(Duration.ofMillis(300), Duration.ofMillis(100), Duration.ofMillis(200)));

		assertThat(percentiles.at(50)).isEqualTo(Duration.ofMillis(200));
		assertThat(percentiles.at(95)).isEqualTo(Duration.ofMillis(300));
		assertThat(percentiles.at(1)).isEqualTo(Duration.ofMillis(100));
	}

	@Test
	void oneMeasurementIsEveryPercentile() {
		Percentiles percentiles = new Percentiles(List.of(Duration.ofMillis(7)));

		assertThat(percentiles.at(50)).isEqualTo(percentiles.at(99)).isEqualTo(Duration.ofMillis(7));
		assertThat(percentiles.count()).isOne();
	}

	@Test
	void refusesPercentilesOfNothingAndOutsideTheScale() {
		assertThatIllegalStateException().isThrownBy(() -> new Percentiles(List.of()).at(50));
		Percentiles one = new Percentiles(List.of(Duration.ofMillis(7)));
		assertThatIllegalArgumentException().isThrownBy(() -> one.at(0));
		assertThatIllegalArgumentException().isThrownBy(() -> one.at(101));
	}

}
