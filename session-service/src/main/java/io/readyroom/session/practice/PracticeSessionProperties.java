package io.readyroom.session.practice;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of practice sessions, prefix {@code readyroom.session}.
 *
 * @param questionsPerSession how many questions a session plans at most
 */
@ConfigurationProperties("readyroom.session")
record PracticeSessionProperties(@DefaultValue("5") int questionsPerSession) {

}
