package io.readyroom.support.kafka;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the event backbone, prefix {@code readyroom.events}.
 *
 * @param partitions partitions of every Readyroom topic and its dead-letter topic: the
 * most consumers of one group (listener threads and instances together) that can share a
 * topic's work. Raised on an existing installation, topics gain partitions at the next
 * start, which sends some learners' new events to another partition than their earlier
 * ones: raise it while nothing is waiting to be consumed
 * @param replicationFactor replicas per partition (1 for the single local broker)
 * @param publishTimeout how long a publisher waits for the broker to acknowledge an event
 * @param retryFor how long a record that failed for a transient reason is retried before
 * it goes to the dead-letter topic
 * @param lagCheckEvery how often a consuming service reads its consumer group's lag from
 * the broker ({@link ConsumerLag})
 * @param erasureLag the longest an erased record of an erasable topic stays on the
 * broker's disk: such topics roll a segment and let the cleaner compact it at least this
 * often, and erasure sends its tombstones again after it so that they leave the active
 * segment ({@link io.readyroom.contracts.Topics#erasable()})
 */
@ConfigurationProperties("readyroom.events")
public record EventStreamProperties(@DefaultValue("6") int partitions, @DefaultValue("1") short replicationFactor,
		@DefaultValue("10s") Duration publishTimeout, @DefaultValue("2m") Duration retryFor,
		@DefaultValue("5s") Duration lagCheckEvery, @DefaultValue("5m") Duration erasureLag) {

}
