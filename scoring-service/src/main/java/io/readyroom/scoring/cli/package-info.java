/** The batch command: scoring a file of answers without Kafka or MongoDB. */
package io.readyroom.scoring.cli;
