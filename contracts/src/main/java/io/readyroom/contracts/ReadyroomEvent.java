package io.readyroom.contracts;

import java.time.Instant;

/**
 * What every Readyroom event carries: a unique id (consumers deduplicate on it or on a
 * business id), its type name, the version of its schema and when it happened.
 */
public interface ReadyroomEvent {

	String eventId();

	String type();

	int schemaVersion();

	Instant occurredAt();

	/**
	 * The Kafka record key. Events about a learner are keyed by learner id so that one
	 * learner's events stay in order on one partition.
	 */
	String partitionKey();

	/**
	 * The Kafka record key, where it differs from the partition key: on a topic compacted
	 * so that one record can be erased, each record needs a key of its own, while it
	 * still goes to its learner's partition.
	 */
	default String recordKey() {
		return partitionKey();
	}

}
