package io.readyroom.scoring.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

class EvaluateCommandTests {

	private final JsonMapper json = JsonMapper.builder().build();

	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	@TempDir
	Path dir;

	@Test
	void scoresBankAndInlineQuestionsWithoutAnyInfrastructure() throws IOException {
		Path input = write(
				"""
						{"id": "a1", "questionId": "hit-roi-process", "answer": "First I verify the caller's identity with two identifiers, then check for a signed authorization and release within 30 days."}
						{"id": "a2", "question": "What does HIPAA's minimum necessary standard mean?", "referenceAnswer": "Use or disclose only the PHI needed for the purpose.", "keyPoints": ["only the PHI needed"], "answer": "Only the PHI that is needed for the purpose may be used."}
						""");
		Path output = this.dir.resolve("out.jsonl");

		int exit = EvaluateCommand.run(
				new String[] { "evaluate", "--input", input.toString(), "--output", output.toString() },
				new PrintStream(new ByteArrayOutputStream()), new PrintStream(this.err));

		assertThat(exit).isZero();
		List<JsonNode> results = Files.readAllLines(output).stream().map(this.json::readTree).toList();
		assertThat(results).extracting((result) -> result.get("id").asString()).containsExactly("a1", "a2");
		assertThat(results).allSatisfy((result) -> {
			assertThat(result.get("score").asInt()).isBetween(1, 100);
			assertThat(result.get("criteria")).isNotEmpty();
		});
	}

	@Test
	void aBadLineIsReportedByNumberAndTheRestIsScored() throws IOException {
		Path input = write(
				"""
						{"id": "a1", "questionId": "no-such-question", "answer": "Anything."}
						{"id": "a2", "question": "Why verify identity?", "referenceAnswer": "To protect PHI from the wrong person.", "answer": "To protect PHI."}
						""");
		Path output = this.dir.resolve("out.jsonl");

		int exit = EvaluateCommand.run(
				new String[] { "evaluate", "--input", input.toString(), "--output", output.toString() },
				new PrintStream(new ByteArrayOutputStream()), new PrintStream(this.err));

		assertThat(exit).isEqualTo(1);
		assertThat(this.err.toString(StandardCharsets.UTF_8)).contains("line 1").contains("no-such-question");
		assertThat(Files.readAllLines(output)).hasSize(2);
	}

	@Test
	void missingOptionsPrintTheUsage() {
		int exit = EvaluateCommand.run(new String[] { "evaluate", "--input", "x.jsonl" },
				new PrintStream(new ByteArrayOutputStream()), new PrintStream(this.err));

		assertThat(exit).isEqualTo(2);
		assertThat(this.err.toString(StandardCharsets.UTF_8)).contains("Missing --output", "usage:");
	}

	private Path write(String lines) throws IOException {
		return Files.writeString(this.dir.resolve("in.jsonl"), lines);
	}

}
