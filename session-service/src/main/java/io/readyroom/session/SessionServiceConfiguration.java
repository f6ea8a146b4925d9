package io.readyroom.session;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class SessionServiceConfiguration {

	@Bean
	Clock clock() {
		return Clock.systemUTC();
	}

}
