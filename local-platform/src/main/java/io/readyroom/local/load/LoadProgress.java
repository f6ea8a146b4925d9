package io.readyroom.local.load;

import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * A line every {@link #EVERY} while the load runs and the platform catches up: answers
 * sent, accepted, scored and counted so far, and the rate of acceptance since the last
 * line.
 */
final class LoadProgress implements AutoCloseable {

	static final Duration EVERY = Duration.ofSeconds(5);

	private final PrintStream out;

	private final Instant start;

	private final LongSupplier sent;

	private final LongSupplier accepted;

	private final LongSupplier scored;

	private final LongSupplier counted;

	private final ScheduledExecutorService printer = Executors.newSingleThreadScheduledExecutor((task) -> {
		Thread thread = new Thread(task, "load-progress");
		thread.setDaemon(true);
		return thread;
	});

	private long acceptedBefore;

	LoadProgress(PrintStream out, Instant start, LongSupplier sent, LongSupplier accepted, LongSupplier scored,
			LongSupplier counted) {
		this.out = out;
		this.start = start;
		this.sent = sent;
		this.accepted = accepted;
		this.scored = scored;
		this.counted = counted;
	}

	void start() {
		this.printer.scheduleAtFixedRate(this::print, EVERY.toMillis(), EVERY.toMillis(), TimeUnit.MILLISECONDS);
	}

	private void print() {
		long acceptedNow = this.accepted.getAsLong();
		double rate = (acceptedNow - this.acceptedBefore) / (double) EVERY.toSeconds();
		this.acceptedBefore = acceptedNow;
		this.out.printf("%6.1f s  sent %,d  accepted %,d  scored %,d  counted %,d  (%.1f accepted/s)%n",
				Duration.between(this.start, Instant.now()).toMillis() / 1000.0, this.sent.getAsLong(), acceptedNow,
				this.scored.getAsLong(), this.counted.getAsLong(), rate);
	}

	@Override
	public void close() {
		this.printer.shutdownNow();
	}

}
