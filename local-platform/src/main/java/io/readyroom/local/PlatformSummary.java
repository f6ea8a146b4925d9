package io.readyroom.local;

import java.net.URI;
import java.util.Map;

import io.readyroom.local.service.ActuatorEndpoints;

/**
 * The addresses a user needs once the platform runs, printed in one block.
 */
final class PlatformSummary {

	private PlatformSummary() {
	}

	static String of(LocalPlatform platform) {
		return of(platform.settings(), platform.kafkaBootstrap(), platform.mongoUri());
	}

	static String of(LocalPlatformSettings settings, String kafkaBootstrap, String mongoUri) {
		StringBuilder summary = new StringBuilder(System.lineSeparator());
		for (Map.Entry<ReadyroomService, Integer> service : settings.servicePorts().entrySet()) {
			URI baseUrl = ServiceLaunches.baseUrl(service.getValue());
			line(summary, service.getKey().artifactId(), baseUrl.toString());
			line(summary, "", "readiness  " + baseUrl.resolve(ActuatorEndpoints.READINESS));
			line(summary, "", "liveness   " + baseUrl.resolve(ActuatorEndpoints.LIVENESS));
			line(summary, "", "prometheus " + baseUrl.resolve(ActuatorEndpoints.PROMETHEUS));
		}
		line(summary, "Kafka", kafkaBootstrap + (settings.embedsKafka() ? " (embedded)" : " (external)"));
		line(summary, "MongoDB", mongoUri + (settings.embedsMongo() ? " (embedded)" : " (external)"));
		line(summary, "data", settings.dataDirectory().toString());
		line(summary, "logs", settings.logDirectory().toString());
		summary.append(System.lineSeparator()).append("Press Ctrl-C to stop.");
		return summary.toString();
	}

	private static void line(StringBuilder summary, String label, String value) {
		summary.append(String.format("  %-18s %s%n", label, value));
	}

}
