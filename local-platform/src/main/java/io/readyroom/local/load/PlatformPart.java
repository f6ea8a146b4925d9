package io.readyroom.local.load;

import io.readyroom.local.LocalPlatformSettings;
import io.readyroom.local.ReadyroomService;

/**
 * The parts of the local platform the load tool talks to or measures, each on its own
 * port, with {@code ./readyroom}'s default. The broker and the document store run inside
 * the launcher's process.
 */
enum PlatformPart {

	IDENTITY("identity", "identity-server", LocalPlatformSettings.DEFAULT_IDENTITY_PORT),

	SESSION("session", ReadyroomService.SESSION.artifactId(), ReadyroomService.SESSION.defaultPort()),

	SCORING("scoring", ReadyroomService.SCORING.artifactId(), ReadyroomService.SCORING.defaultPort()),

	ANALYTICS("analytics", ReadyroomService.ANALYTICS.artifactId(), ReadyroomService.ANALYTICS.defaultPort()),

	WEB("web", "web-app", LocalPlatformSettings.DEFAULT_WEB_PORT),

	KAFKA("kafka", "Kafka broker", LocalPlatformSettings.DEFAULT_KAFKA_PORT),

	MONGO("mongo", "document store", LocalPlatformSettings.DEFAULT_MONGO_PORT);

	private final String optionName;

	private final String displayName;

	private final int defaultPort;

	PlatformPart(String optionName, String displayName, int defaultPort) {
		this.optionName = optionName;
		this.displayName = displayName;
		this.defaultPort = defaultPort;
	}

	String optionName() {
		return this.optionName;
	}

	String displayName() {
		return this.displayName;
	}

	int defaultPort() {
		return this.defaultPort;
	}

}
