/**
 * Answer submission: an answer is acknowledged to the learner only after its
 * {@code AnswerSubmitted} event is in Kafka, and the client's answer id makes a retry
 * safe.
 */
package io.readyroom.session.answer;
