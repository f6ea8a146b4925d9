package io.readyroom.local.service;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * One service running as a child process, its output going to its log file.
 */
final class ServiceProcess {

	private final ServiceLaunch launch;

	private final Process process;

	private ServiceProcess(ServiceLaunch launch, Process process) {
		this.launch = launch;
		this.process = process;
	}

	static ServiceProcess start(ServiceLaunch launch) throws IOException {
		Files.createDirectories(launch.logFile().getParent());
		ProcessBuilder builder = new ProcessBuilder(launch.command()).directory(launch.workingDirectory().toFile())
			.redirectErrorStream(true)
			.redirectOutput(launch.logFile().toFile());
		builder.environment().putAll(launch.environment());
		return new ServiceProcess(launch, builder.start());
	}

	String name() {
		return this.launch.name();
	}

	URI baseUrl() {
		return this.launch.baseUrl();
	}

	boolean isAlive() {
		return this.process.isAlive();
	}

	int exitValue() {
		return this.process.exitValue();
	}

	CompletableFuture<Process> onExit() {
		return this.process.onExit();
	}

	List<String> logTail(int lines) {
		return LogTail.lastLines(this.launch.logFile(), lines);
	}

	String logFile() {
		return this.launch.logFile().toString();
	}

	/**
	 * Asks for a graceful shutdown (SIGTERM on Unix), which a Spring Boot service answers
	 * by finishing its work in flight.
	 */
	void requestStop() {
		this.process.destroy();
	}

	boolean awaitExit(Duration timeout) throws InterruptedException {
		return this.process.waitFor(Math.max(0, timeout.toMillis()), TimeUnit.MILLISECONDS);
	}

	void kill() throws InterruptedException {
		killWithoutWaiting();
		this.process.waitFor();
	}

	void killWithoutWaiting() {
		this.process.destroyForcibly();
	}

	@Override
	public String toString() {
		return name() + " (pid " + this.process.pid() + ")";
	}

}
