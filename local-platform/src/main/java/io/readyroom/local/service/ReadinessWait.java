package io.readyroom.local.service;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Polls starting services until each is ready, one dies, or time runs out.
 */
final class ReadinessWait {

	static final Duration POLL_INTERVAL = Duration.ofMillis(500);

	// long enough not to flood the console, short enough to show the launcher is alive
	static final Duration REMINDER_INTERVAL = Duration.ofSeconds(15);

	private final ReadinessProbe probe;

	private final Consumer<String> progress;

	ReadinessWait(ReadinessProbe probe, Consumer<String> progress) {
		this.probe = probe;
		this.progress = progress;
	}

	void awaitAll(List<ServiceProcess> services, Duration timeout) {
		long startedAt = System.nanoTime();
		long nextReminderAt = startedAt + REMINDER_INTERVAL.toNanos();
		List<ServiceProcess> waiting = new ArrayList<>(services);
		while (true) {
			waiting.removeIf(this::turnedReady);
			if (waiting.isEmpty()) {
				return;
			}
			long now = System.nanoTime();
			if (now - startedAt >= timeout.toNanos()) {
				throw ServiceStartException.notReadyWithin(timeout, waiting);
			}
			if (now >= nextReminderAt) {
				this.progress.accept("Still waiting for " + names(waiting));
				nextReminderAt = now + REMINDER_INTERVAL.toNanos();
			}
			pause();
		}
	}

	private boolean turnedReady(ServiceProcess service) {
		if (!service.isAlive()) {
			throw ServiceStartException.exited(service);
		}
		if (this.probe.isReady(service.baseUrl())) {
			this.progress.accept(service.name() + " is ready at " + service.baseUrl());
			return true;
		}
		return false;
	}

	private static String names(List<ServiceProcess> services) {
		return services.stream().map(ServiceProcess::name).collect(Collectors.joining(", "));
	}

	private static void pause() {
		try {
			Thread.sleep(POLL_INTERVAL.toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new ServiceStartException("Interrupted while waiting for the services to become ready");
		}
	}

}
