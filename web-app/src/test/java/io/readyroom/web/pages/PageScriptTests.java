package io.readyroom.web.pages;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The pages' own logic (static/js/answer-sending.js: resending a lost answer;
 * static/js/scoring-backlog.js: what a learner is told while scoring is behind;
 * static/js/learner-data.js: retention in words and watching an erasure's receipt) tested
 * where it runs: in JavaScript, by Node's own test runner, on every
 * {@code src/test/js/*.test.mjs}. The build downloads no Node and no browser; where no
 * {@code node} is on the path these tests are skipped, and say so.
 */
class PageScriptTests {

	private static final Path SCRIPT_TESTS = Path.of("src", "test", "js");

	@Test
	void pageScriptsPassTheirNodeTests() throws Exception {
		Optional<Path> node = node();
		assumeTrue(node.isPresent(), "no node on the PATH to run " + SCRIPT_TESTS);
		Path output = Files.createTempFile("page-scripts", ".tap");
		List<String> command = new ArrayList<>();
		// detect-module: the page scripts are ES modules in .js files with no
		// package.json
		command.addAll(List.of(node.get().toString(), "--experimental-detect-module", "--test"));
		command.addAll(scriptTests());
		Process run = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile()).start();

		boolean finished = run.waitFor(2, TimeUnit.MINUTES);
		if (!finished) {
			run.destroyForcibly();
		}
		String report = Files.readString(output, StandardCharsets.UTF_8);
		assertThat(finished).as("node --test finished in time:%n%s", report).isTrue();
		assertThat(run.exitValue()).as("node --test passed:%n%s", report).isZero();
		assertThat(report).contains("# fail 0").doesNotContain("# pass 0");
	}

	private static List<String> scriptTests() throws IOException {
		try (Stream<Path> files = Files.list(SCRIPT_TESTS)) {
			return files.map(Path::toString).filter((name) -> name.endsWith(".test.mjs")).sorted().toList();
		}
	}

	private static Optional<Path> node() throws IOException {
		String path = System.getenv().getOrDefault("PATH", "");
		return Stream.of(path.split(File.pathSeparator))
			.filter((directory) -> !directory.isBlank())
			.map((directory) -> Path.of(directory, "node"))
			.filter(Files::isExecutable)
			.findFirst();
	}

}
