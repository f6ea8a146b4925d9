package io.readyroom.support.audit;

import io.readyroom.support.kafka.EventBackboneAutoConfiguration;
import io.readyroom.support.kafka.EventPublisher;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;

/** Every service that serves learners' data records its reads the same way. */
@AutoConfiguration(after = EventBackboneAutoConfiguration.class)
public class AccessLogAutoConfiguration {

	@Bean
	AccessLog accessLog(EventPublisher events) {
		return new AccessLog(events);
	}

}
