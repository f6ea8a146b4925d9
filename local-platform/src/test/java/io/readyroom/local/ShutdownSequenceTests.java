package io.readyroom.local;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ShutdownSequenceTests {

	private final List<String> events = new ArrayList<>();

	private final ShutdownSequence sequence = new ShutdownSequence(
			(message) -> this.events.add("progress: " + message));

	@Test
	void stopsPartsInTheReverseOrderOfStarting() {
		this.sequence.add("Kafka broker", () -> this.events.add("broker closed"));
		this.sequence.add("document store", () -> this.events.add("store closed"));
		this.sequence.add("services", () -> this.events.add("services closed"));

		this.sequence.stopAll();

		assertThat(this.events).containsExactly("progress: Stopping services", "services closed",
				"progress: Stopping document store", "store closed", "progress: Stopping Kafka broker",
				"broker closed");
	}

	@Test
	void aPartThatFailsToStopDoesNotKeepTheOthersRunning() {
		this.sequence.add("Kafka broker", () -> this.events.add("broker closed"));
		this.sequence.add("services", () -> {
			throw new IllegalStateException("stuck");
		});

		this.sequence.stopAll();

		assertThat(this.events).contains("broker closed")
			.anySatisfy((event) -> assertThat(event).contains("services did not stop cleanly").contains("stuck"));
	}

	@Test
	void aPartThatFinishesStartingAfterTheStopIsStoppedAtOnce() {
		this.sequence.stopAll();

		this.sequence.add("Kafka broker", () -> this.events.add("broker closed"));

		assertThat(this.events).containsExactly("progress: Stopping Kafka broker", "broker closed");
	}

	@Test
	void stoppingBeforeAnythingStartedStopsNothing() {
		assertThat(this.sequence.stopAll()).isFalse();

		assertThat(this.events).isEmpty();
	}

	@Test
	void stoppingTwiceStopsEachPartOnce() {
		this.sequence.add("Kafka broker", () -> this.events.add("broker closed"));

		assertThat(this.sequence.stopAll()).isTrue();
		assertThat(this.sequence.stopAll()).isFalse();

		assertThat(this.events).containsOnlyOnce("broker closed");
	}

}
