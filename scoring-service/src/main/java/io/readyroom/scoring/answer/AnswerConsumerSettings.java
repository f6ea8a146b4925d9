package io.readyroom.scoring.answer;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How answers are consumed, prefix {@code readyroom.scoring.answers}.
 *
 * @param consumers how many consumers of {@code readyroom.answers} one instance runs,
 * each on its own thread; unset, one per partition of the topic
 */
@ConfigurationProperties("readyroom.scoring.answers")
record AnswerConsumerSettings(@Nullable Integer consumers) {

}
