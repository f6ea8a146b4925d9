/**
 * Events the Readyroom services exchange over Kafka, the topics they travel on, and the
 * JSON Schemas that describe them; plain Java so any consumer can depend on it.
 */
package io.readyroom.contracts;
