package io.readyroom.support.tracing;

import io.micrometer.observation.ObservationRegistry;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Per-record tracing for batch listeners. Without an observation registry (a slice test)
 * the observations are no-ops and work runs as it would untraced.
 */
@AutoConfiguration
public class RecordTracingAutoConfiguration {

	@Bean
	RecordTracing recordTracing(ObjectProvider<ObservationRegistry> registry) {
		return new RecordTracing(registry.getIfAvailable(() -> ObservationRegistry.NOOP));
	}

}
