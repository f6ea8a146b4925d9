package io.readyroom.support.audit;

import io.readyroom.support.kafka.EventBackboneAutoConfiguration;
import io.readyroom.support.kafka.EventPublisher;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.context.annotation.Bean;

/**
 * Every service that serves learners' data records its reads the same way, on the event
 * backbone; an application without one has no access log to write.
 */
@AutoConfiguration(after = EventBackboneAutoConfiguration.class)
@ConditionalOnBean(EventPublisher.class)
public class AccessLogAutoConfiguration {

	@Bean
	AccessLog accessLog(EventPublisher events) {
		return new AccessLog(events);
	}

}
