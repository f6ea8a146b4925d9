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

}
