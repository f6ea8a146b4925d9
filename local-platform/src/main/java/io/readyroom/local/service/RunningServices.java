package io.readyroom.local.service;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * The services launched together: waited for together and stopped together.
 */
public final class RunningServices implements AutoCloseable {

	/**
	 * How long a service may take to shut down gracefully before it is killed.
	 */
	public static final Duration STOP_GRACE_PERIOD = Duration.ofSeconds(20);

	private final List<ServiceProcess> processes = new CopyOnWriteArrayList<>();

	private final Consumer<String> progress;

	/**
	 * Asks the services to stop if this JVM exits without closing them, e.g. a test JVM
	 * that Maven ends; otherwise they would outlive it as orphans holding their ports.
	 * Shutdown hooks run together, so it may stop these services while another hook is
	 * still stopping others; their exit is then expected, not news.
	 */
	private final Thread orphanGuard = new Thread(() -> {
		this.stopping = true;
		this.processes.forEach(ServiceProcess::requestStop);
	}, "readyroom-services-guard");

	private volatile boolean stopping;

	private RunningServices(Consumer<String> progress) {
		this.progress = progress;
		Runtime.getRuntime().addShutdownHook(this.orphanGuard);
	}

	/**
	 * Starts every service at once, so they boot in parallel.
	 * @param launches the services to start
	 * @param progress receives one line per step, for the user
	 * @return the started (not yet ready) services
	 * @throws IOException if a process cannot be started; those already started are
	 * stopped again
	 */
	public static RunningServices launch(List<ServiceLaunch> launches, Consumer<String> progress) throws IOException {
		RunningServices services = new RunningServices(progress);
		try {
			for (ServiceLaunch launch : launches) {
				progress.accept(
						"Starting " + launch.name() + " on " + launch.baseUrl() + " (log: " + launch.logFile() + ")");
				services.processes.add(ServiceProcess.start(launch));
			}
		}
		catch (IOException | RuntimeException ex) {
			services.close();
			throw ex;
		}
		return services;
	}

	/**
	 * Blocks until every service reports ready.
	 * @param timeout how long all of them together may take
	 * @throws ServiceStartException naming the service that died or is not ready, with
	 * the end of its log
	 */
	public void awaitReadiness(Duration timeout) {
		new ReadinessWait(new ReadinessProbe(), this.progress).awaitAll(this.processes, timeout);
	}

	/**
	 * Tells the listener when a service ends on its own after start-up, e.g. after a
	 * crash.
	 * @param listener receives a message naming the service and its log
	 */
	public void reportUnexpectedExits(Consumer<String> listener) {
		for (ServiceProcess process : this.processes) {
			process.onExit().thenRun(() -> {
				if (!this.stopping) {
					listener.accept(process.name() + " stopped unexpectedly with exit code " + process.exitValue()
							+ "; see " + process.logFile());
				}
			});
		}
	}

	/**
	 * Asks all services to stop at once, then kills those still running after
	 * {@link #STOP_GRACE_PERIOD}.
	 */
	@Override
	public void close() {
		stop(STOP_GRACE_PERIOD);
	}

	void stop(Duration gracePeriod) {
		this.stopping = true;
		forgetOrphanGuard();
		this.processes.forEach(ServiceProcess::requestStop);
		long deadline = System.nanoTime() + gracePeriod.toNanos();
		try {
			for (ServiceProcess process : this.processes) {
				if (!process.awaitExit(Duration.ofNanos(deadline - System.nanoTime()))) {
					this.progress
						.accept(process.name() + " did not stop within " + gracePeriod.toSeconds() + " s; killing it");
					process.kill();
				}
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			this.processes.forEach(ServiceProcess::killWithoutWaiting);
		}
	}

	private void forgetOrphanGuard() {
		try {
			Runtime.getRuntime().removeShutdownHook(this.orphanGuard);
		}
		catch (IllegalStateException ex) {
			// the JVM is already exiting, so the guard runs anyway; it only asks politely
		}
	}

}
