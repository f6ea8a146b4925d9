package io.readyroom.local;

import java.io.PrintStream;
import java.util.Locale;

/**
 * Tells the user what the platform is doing, each line stamped with the seconds since
 * start, so a slow step is easy to spot.
 */
final class ProgressReport {

	private final PrintStream out;

	private final long startedAt = System.nanoTime();

	ProgressReport(PrintStream out) {
		this.out = out;
	}

	void step(String message) {
		this.out.printf(Locale.ROOT, "[%6.1fs] %s%n", elapsedSeconds(), message);
	}

	double elapsedSeconds() {
		return (System.nanoTime() - this.startedAt) / 1_000_000_000.0;
	}

}
