package io.readyroom.faults;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One part of the platform running as a process of its own, with its output appended to a
 * log file, so the suite can kill it the hard way and start it again.
 */
final class ChildProcess {

	private static final Duration EXIT_WAIT = Duration.ofSeconds(60);

	private final String name;

	private final List<String> command;

	private final Map<String, String> environment;

	private final Path workingDirectory;

	private final Path log;

	private Process process;

	private ChildProcess(String name, List<String> command, Map<String, String> environment, Path workingDirectory,
			Path log) {
		this.name = name;
		this.command = List.copyOf(command);
		this.environment = Map.copyOf(environment);
		this.workingDirectory = workingDirectory;
		this.log = log;
		this.process = launch();
	}

	static ChildProcess start(String name, List<String> command, Map<String, String> environment, Path workingDirectory,
			Path log) {
		return new ChildProcess(name, command, environment, workingDirectory, log);
	}

	String name() {
		return this.name;
	}

	Path log() {
		return this.log;
	}

	boolean isAlive() {
		return this.process.isAlive();
	}

	/**
	 * SIGKILL: no shutdown hook, no flush, no offset commit, as a crash or an OOM killer
	 * would end it. Returns once the process is gone.
	 */
	void killHard() {
		this.process.destroyForcibly();
		awaitExit();
	}

	/**
	 * SIGTERM: the process runs its shutdown hooks, as Ctrl-C or an orchestrator stops
	 * it.
	 */
	void stopGracefully() {
		this.process.destroy();
		if (!waitForExit()) {
			killHard();
		}
	}

	/** Starts the same command again, with the same environment and log. */
	void restart() {
		if (this.process.isAlive()) {
			throw new IllegalStateException(this.name + " is still running");
		}
		this.process = launch();
	}

	private Process launch() {
		try {
			Files.createDirectories(this.log.getParent());
			ProcessBuilder builder = new ProcessBuilder(this.command).directory(this.workingDirectory.toFile())
				.redirectErrorStream(true)
				.redirectOutput(ProcessBuilder.Redirect.appendTo(this.log.toFile()));
			builder.environment().putAll(this.environment);
			return builder.start();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot start " + this.name, ex);
		}
	}

	private void awaitExit() {
		if (!waitForExit()) {
			throw new IllegalStateException(this.name + " did not exit within " + EXIT_WAIT);
		}
	}

	private boolean waitForExit() {
		try {
			return this.process.waitFor(EXIT_WAIT.toSeconds(), TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while " + this.name + " stops", ex);
		}
	}

	@Override
	public String toString() {
		return this.name + " (pid " + this.process.pid() + ", log " + this.log + ")";
	}

}
