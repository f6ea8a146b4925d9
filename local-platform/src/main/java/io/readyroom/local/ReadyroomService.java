package io.readyroom.local;

import java.nio.file.Path;

/**
 * The services the platform runs, each built as its own executable jar.
 */
public enum ReadyroomService {

	SESSION("session-service", 8081),

	SCORING("scoring-service", 8082),

	ANALYTICS("analytics-service", 8083);

	private final String artifactId;

	private final int defaultPort;

	ReadyroomService(String artifactId, int defaultPort) {
		this.artifactId = artifactId;
		this.defaultPort = defaultPort;
	}

	public String artifactId() {
		return this.artifactId;
	}

	public int defaultPort() {
		return this.defaultPort;
	}

	/**
	 * Where the build puts this service's executable jar.
	 * @param projectRoot the directory holding the root POM
	 * @return the jar path, whether or not it exists yet
	 */
	public Path jarIn(Path projectRoot) {
		return projectRoot.resolve(this.artifactId).resolve("target").resolve(this.artifactId + ".jar");
	}

}
