package io.readyroom.local;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.Consumer;

/**
 * Remembers what has been started and stops it in reverse order: services before the
 * store and the broker they depend on.
 */
final class ShutdownSequence {

	private final Deque<Part> started = new ArrayDeque<>();

	private final Consumer<String> progress;

	private volatile boolean stopped;

	ShutdownSequence(Consumer<String> progress) {
		this.progress = progress;
	}

	/**
	 * Adds a part that has just started. A part that finishes starting after
	 * {@link #stopAll()} (Ctrl-C during start-up) is stopped at once.
	 */
	void add(String name, AutoCloseable part) {
		synchronized (this) {
			if (!this.stopped) {
				this.started.push(new Part(name, part));
				return;
			}
		}
		stop(new Part(name, part));
	}

	boolean isStopped() {
		return this.stopped;
	}

	/**
	 * Stops every part started so far; later calls find nothing left to stop.
	 * @return whether this call stopped anything
	 */
	synchronized boolean stopAll() {
		this.stopped = true;
		boolean anythingStarted = !this.started.isEmpty();
		while (!this.started.isEmpty()) {
			stop(this.started.pop());
		}
		return anythingStarted;
	}

	private void stop(Part part) {
		this.progress.accept("Stopping " + part.name());
		try {
			part.closeable().close();
		}
		catch (Exception ex) {
			this.progress.accept(part.name() + " did not stop cleanly: " + ex);
		}
	}

	private record Part(String name, AutoCloseable closeable) {
	}

}
