package io.readyroom.local;

import java.nio.file.Path;

/**
 * Sends the broker's and the store's logging to files in the log directory, keeping the
 * console for the launcher's own progress lines.
 */
final class LauncherLogging {

	static final String CONFIGURATION = "readyroom-launcher-log4j2.xml";

	private LauncherLogging() {
	}

	/**
	 * Must run before anything logs, since Log4j reads its configuration once.
	 */
	static void writeTo(Path logDirectory) {
		System.setProperty("readyroom.log.directory", logDirectory.toString());
		System.setProperty("log4j2.configurationFile", CONFIGURATION);
	}

}
