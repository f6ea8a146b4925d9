/**
 * The Kafka policy every Readyroom service shares: idempotent {@code acks=all} producers,
 * consumers that commit only after processing, a dead-letter topic for every consumed
 * topic, and counters for events consumed, produced and dead-lettered.
 */
package io.readyroom.support.kafka;
