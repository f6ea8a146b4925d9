package io.readyroom.analytics;

import java.time.Clock;

import io.readyroom.bank.CompetencyModel;
import io.readyroom.bank.SharedBank;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

@Configuration(proxyBeanMethods = false)
@EnableScheduling
class AnalyticsServiceConfiguration {

	@Bean
	Clock clock() {
		return Clock.systemUTC();
	}

	/** The default readiness rules: the shared bank's role tracks. */
	@Bean
	CompetencyModel competencyModel() {
		return SharedBank.load().competencyModel();
	}

}
