package io.readyroom.local;

import picocli.CommandLine.Option;

/**
 * The ports of the platform's parts, as options: {@code ./readyroom} starts them there,
 * {@code ./readyroom load} finds them there.
 */
public final class PlatformPorts {

	@Option(names = "--kafka-port", paramLabel = "PORT", converter = WholeNumberRange.Port.class,
			description = "port of the embedded Kafka broker (default: ${DEFAULT-VALUE})")
	private int kafka = LocalPlatformSettings.DEFAULT_KAFKA_PORT;

	@Option(names = "--mongo-port", paramLabel = "PORT", converter = WholeNumberRange.Port.class,
			description = "port of the embedded document store (default: ${DEFAULT-VALUE})")
	private int mongo = LocalPlatformSettings.DEFAULT_MONGO_PORT;

	@Option(names = "--identity-port", paramLabel = "PORT", converter = WholeNumberRange.Port.class,
			description = "port of the identity server, which issues the tokens (default: ${DEFAULT-VALUE})")
	private int identity = LocalPlatformSettings.DEFAULT_IDENTITY_PORT;

	@Option(names = "--session-port", paramLabel = "PORT", converter = WholeNumberRange.Port.class,
			description = "HTTP port of session-service (default: ${DEFAULT-VALUE})")
	private int session = ReadyroomService.SESSION.defaultPort();

	@Option(names = "--scoring-port", paramLabel = "PORT", converter = WholeNumberRange.Port.class,
			description = "HTTP port of scoring-service (default: ${DEFAULT-VALUE})")
	private int scoring = ReadyroomService.SCORING.defaultPort();

	@Option(names = "--analytics-port", paramLabel = "PORT", converter = WholeNumberRange.Port.class,
			description = "HTTP port of analytics-service (default: ${DEFAULT-VALUE})")
	private int analytics = ReadyroomService.ANALYTICS.defaultPort();

	@Option(names = "--web-port", paramLabel = "PORT", converter = WholeNumberRange.Port.class,
			description = "HTTP port of the web app, the address to open (default: ${DEFAULT-VALUE})")
	private int web = LocalPlatformSettings.DEFAULT_WEB_PORT;

	public int kafka() {
		return this.kafka;
	}

	public int mongo() {
		return this.mongo;
	}

	public int identity() {
		return this.identity;
	}

	public int web() {
		return this.web;
	}

	public int service(ReadyroomService service) {
		return switch (service) {
			case SESSION -> this.session;
			case SCORING -> this.scoring;
			case ANALYTICS -> this.analytics;
		};
	}

}
