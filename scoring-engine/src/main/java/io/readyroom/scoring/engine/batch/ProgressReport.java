package io.readyroom.scoring.engine.batch;

import java.io.PrintStream;
import java.time.Duration;
import java.util.function.LongSupplier;

/**
 * Shows progress on stderr every {@value #EVERY_LINES} lines or every
 * {@value #EVERY_SECONDS} seconds, whichever comes first: lines done, rate and time left.
 */
final class ProgressReport {

	static final int EVERY_LINES = 1000;

	static final int EVERY_SECONDS = 5;

	private final PrintStream out;

	private final long totalLines;

	private final LongSupplier nanoClock;

	private final long started;

	private long lastReported;

	private long lastReportedLines;

	ProgressReport(PrintStream out, long totalLines, LongSupplier nanoClock) {
		this.out = out;
		this.totalLines = totalLines;
		this.nanoClock = nanoClock;
		this.started = nanoClock.getAsLong();
		this.lastReported = this.started;
	}

	void lineDone(long lines, long failed) {
		long now = this.nanoClock.getAsLong();
		if (lines - this.lastReportedLines >= EVERY_LINES
				|| now - this.lastReported >= Duration.ofSeconds(EVERY_SECONDS).toNanos()) {
			this.out.println(describe(lines, failed, now));
			this.lastReported = now;
			this.lastReportedLines = lines;
		}
	}

	void finished(long lines, long failed) {
		this.out.println(describe(lines, failed, this.nanoClock.getAsLong()) + " - done");
	}

	String describe(long lines, long failed, long now) {
		double seconds = Math.max(1e-9, (now - this.started) / 1e9);
		double rate = lines / seconds;
		String eta = (rate > 0 && this.totalLines > lines)
				? ", about " + formatDuration((long) ((this.totalLines - lines) / rate)) + " left" : "";
		return String.format(java.util.Locale.ROOT, "%d/%d lines (%d failed), %.0f answers/s%s", lines, this.totalLines,
				failed, rate, eta);
	}

	private static String formatDuration(long seconds) {
		return String.format(java.util.Locale.ROOT, "%d:%02d:%02d", seconds / 3600, (seconds / 60) % 60, seconds % 60);
	}

}
