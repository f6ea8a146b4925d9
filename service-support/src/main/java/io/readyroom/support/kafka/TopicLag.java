package io.readyroom.support.kafka;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * How far a consumer group is behind on one topic at one check.
 *
 * @param topic the topic read
 * @param waiting records written to the topic that the group has not yet committed
 * @param consumedPerSecond the group's pace over the last minute of checks (0 until two
 * checks have been made)
 * @param measuredAt when the offsets were read
 */
public record TopicLag(String topic, long waiting, double consumedPerSecond, Instant measuredAt) {

	/**
	 * How long the records waiting now will take at the recent pace: zero when nothing
	 * waits, empty when something waits but the group has not been seen consuming, so
	 * there is no honest figure to give.
	 */
	public Optional<Duration> estimatedWait() {
		if (this.waiting == 0) {
			return Optional.of(Duration.ZERO);
		}
		if (this.consumedPerSecond <= 0) {
			return Optional.empty();
		}
		return Optional.of(Duration.ofMillis(Math.round(this.waiting / this.consumedPerSecond * 1000)));
	}

}
