package io.readyroom.local;

import java.nio.file.Path;

/**
 * The services the platform runs, each built as its own executable jar.
 */
public enum ReadyroomService {

	SESSION("session-service", 8081, "256m"),

	// batches of up to 100 answers with their reports, and the question cache
	SCORING("scoring-service", 8082, "384m"),

	// batches of scores, and dashboards recomputed from a cohort's profiles
	ANALYTICS("analytics-service", 8083, "384m");

	private final String artifactId;

	private final int defaultPort;

	private final String maxHeap;

	ReadyroomService(String artifactId, int defaultPort, String maxHeap) {
		this.artifactId = artifactId;
		this.defaultPort = defaultPort;
		this.maxHeap = maxHeap;
	}

	/** The heap the local platform gives the service ({@code -Xmx}). */
	public String maxHeap() {
		return this.maxHeap;
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
