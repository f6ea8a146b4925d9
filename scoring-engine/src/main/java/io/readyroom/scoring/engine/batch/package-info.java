/**
 * Batch evaluation without Kafka or MongoDB: reads JSONL answers, scores each against a
 * bank question or an inline one, writes JSONL results and shows progress on stderr.
 */
package io.readyroom.scoring.engine.batch;
