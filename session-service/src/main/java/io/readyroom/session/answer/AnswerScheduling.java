package io.readyroom.session.answer;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Runs {@link StrandedAnswers}' look for answers stored but never published. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class AnswerScheduling {

}
