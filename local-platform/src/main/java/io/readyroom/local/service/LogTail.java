package io.readyroom.local.service;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The last lines of a log file, to show why a service failed without sending the user off
 * to look.
 */
final class LogTail {

	// enough for the last lines of a Spring Boot stack trace, however long the log
	private static final int MAX_BYTES = 64 * 1024;

	private LogTail() {
	}

	static List<String> lastLines(Path file, int count) {
		if (!Files.isRegularFile(file)) {
			return List.of();
		}
		try (RandomAccessFile log = new RandomAccessFile(file.toFile(), "r")) {
			long start = Math.max(0, log.length() - MAX_BYTES);
			byte[] tail = new byte[(int) (log.length() - start)];
			log.seek(start);
			log.readFully(tail);
			List<String> lines = new String(tail, StandardCharsets.UTF_8).lines().toList();
			return lines.subList(Math.max(0, lines.size() - count), lines.size());
		}
		catch (IOException ex) {
			return List.of("(could not read " + file + ": " + ex.getMessage() + ")");
		}
	}

}
