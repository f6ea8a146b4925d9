package io.readyroom.support.metrics;

import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.MeterRegistryCustomizer;
import org.springframework.context.annotation.Bean;

/**
 * Tags every meter with the service's name so one Prometheus can tell the services apart.
 */
@AutoConfiguration
public class ApplicationTagAutoConfiguration {

	@Bean
	MeterRegistryCustomizer<MeterRegistry> applicationTag(@Value("${spring.application.name}") String application) {
		return (registry) -> registry.config().commonTags("application", application);
	}

}
