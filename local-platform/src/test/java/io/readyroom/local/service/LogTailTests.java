package io.readyroom.local.service;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class LogTailTests {

	@TempDir
	Path logs;

	@Test
	void showsTheLastLinesInOrder() throws IOException {
		Path log = Files.writeString(this.logs.resolve("service.log"), "one\ntwo\nthree\nfour\n");

		assertThat(LogTail.lastLines(log, 2)).containsExactly("three", "four");
	}

	@Test
	void aShortLogIsShownWhole() throws IOException {
		Path log = Files.writeString(this.logs.resolve("service.log"), "only line");

		assertThat(LogTail.lastLines(log, 30)).containsExactly("only line");
	}

	@Test
	void aHugeLogIsReadOnlyAtItsEnd() throws IOException {
		String manyLines = IntStream.rangeClosed(1, 200_000)
			.mapToObj((number) -> "line " + number)
			.collect(Collectors.joining("\n"));
		Path log = Files.writeString(this.logs.resolve("service.log"), manyLines);

		assertThat(LogTail.lastLines(log, 3)).containsExactly("line 199998", "line 199999", "line 200000");
	}

	@Test
	void aMissingLogHasNoLines() {
		assertThat(LogTail.lastLines(this.logs.resolve("never-written.log"), 10)).isEmpty();
	}

}
