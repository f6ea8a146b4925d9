package io.readyroom.session;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.DynamicPropertyRegistrar;

/**
 * Points the service at a {@link WeakAreaEndpoint} in place of analytics. Imported by
 * every embedded test class alike, so they share one application context.
 */
@TestConfiguration(proxyBeanMethods = false)
class AnalyticsStandIn {

	@Bean(destroyMethod = "close")
	WeakAreaEndpoint weakAreaEndpoint() {
		return WeakAreaEndpoint.start();
	}

	@Bean
	DynamicPropertyRegistrar analyticsUrl(WeakAreaEndpoint analytics) {
		return (registry) -> registry.add("readyroom.analytics.url", analytics::url);
	}

}
