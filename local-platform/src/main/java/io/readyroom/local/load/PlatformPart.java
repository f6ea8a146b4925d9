package io.readyroom.local.load;

import java.util.function.ToIntFunction;

import io.readyroom.local.PlatformPorts;
import io.readyroom.local.ReadyroomService;

/**
 * The parts of the local platform the load tool talks to or measures, each on its own
 * port. The broker and the document store run inside the launcher's process.
 */
enum PlatformPart {

	IDENTITY("identity-server", PlatformPorts::identity),

	SESSION(ReadyroomService.SESSION.artifactId(), (ports) -> ports.service(ReadyroomService.SESSION)),

	SCORING(ReadyroomService.SCORING.artifactId(), (ports) -> ports.service(ReadyroomService.SCORING)),

	ANALYTICS(ReadyroomService.ANALYTICS.artifactId(), (ports) -> ports.service(ReadyroomService.ANALYTICS)),

	WEB("web-app", PlatformPorts::web),

	KAFKA("Kafka broker", PlatformPorts::kafka),

	MONGO("document store", PlatformPorts::mongo);

	private final String displayName;

	private final ToIntFunction<PlatformPorts> port;

	PlatformPart(String displayName, ToIntFunction<PlatformPorts> port) {
		this.displayName = displayName;
		this.port = port;
	}

	String displayName() {
		return this.displayName;
	}

	/**
	 * @param ports the ports as given on the command line, or their defaults
	 * @return this part's port
	 */
	int portIn(PlatformPorts ports) {
		return this.port.applyAsInt(ports);
	}

}
