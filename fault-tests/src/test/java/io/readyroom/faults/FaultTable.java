package io.readyroom.faults;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * The figures per fault as a Markdown table, the form docs/reliability.md keeps them in.
 */
final class FaultTable {

	private FaultTable() {
	}

	static String of(List<FaultOutcome> outcomes) {
		StringBuilder table = new StringBuilder(
				"| fault | accepted | scored | counted | lost | duplicated | never published | published twice | score events | resends | outage | recovery | exact |\n");
		table.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|\n");
		for (FaultOutcome outcome : outcomes) {
			Tally tally = outcome.tally();
			table.append("| %s | %d | %d | %d | %d | %d | %d | %d | %d | %d | %s | %s | %s |\n".formatted(
					outcome.fault(), tally.accepted(), tally.scored(), tally.counted(), tally.lost(),
					tally.duplicated(), tally.neverPublished(), tally.publishedTwice(), tally.scoreEvents(),
					outcome.resends(), seconds(outcome.outage()),
					(outcome.recovery() != null) ? seconds(outcome.recovery()) : "not in time",
					outcome.passed() ? "yes" : "NO"));
		}
		return table.toString();
	}

	static void write(String table, Path file) {
		try {
			Files.createDirectories(file.getParent());
			Files.writeString(file, table);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String seconds(Duration duration) {
		return "%.1f s".formatted(duration.toMillis() / 1000.0);
	}

}
