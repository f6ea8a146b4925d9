package io.readyroom.support.kafka;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the event backbone, prefix {@code readyroom.events}.
 *
 * @param partitions partitions of every Readyroom topic and its dead-letter topic
 * @param replicationFactor replicas per partition (1 for the single local broker)
 * @param publishTimeout how long a publisher waits for the broker to acknowledge an event
 * @param retryFor how long a record that failed for a transient reason is retried before
 * it goes to the dead-letter topic
 */
@ConfigurationProperties("readyroom.events")
public record EventStreamProperties(@DefaultValue("3") int partitions, @DefaultValue("1") short replicationFactor,
		@DefaultValue("10s") Duration publishTimeout, @DefaultValue("2m") Duration retryFor) {

}
