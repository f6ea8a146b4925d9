/**
 * Events the Readyroom services exchange over Kafka, the topics they travel on, and the
 * JSON Schemas that describe them, and ({@code token}) the roles and claims of the
 * identity server's tokens; plain Java so any consumer can depend on it.
 */
package io.readyroom.contracts;
