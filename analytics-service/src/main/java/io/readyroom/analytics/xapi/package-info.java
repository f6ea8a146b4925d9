/**
 * xAPI 1.0.3 out: an {@code answered} statement for each scored answer and a
 * {@code completed} statement for each completed practice session, sent to the learning
 * record store a program configures, with retries and a dead-letter list, and exported as
 * a statement file.
 */
package io.readyroom.analytics.xapi;
