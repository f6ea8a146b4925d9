package io.readyroom.scoring.engine.batch;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import io.readyroom.contracts.CompetencyWeight;
import io.readyroom.contracts.QuestionType;
import io.readyroom.contracts.Rubric;
import io.readyroom.contracts.RubricCriterion;
import io.readyroom.contracts.RubricStructure;
import io.readyroom.scoring.engine.ScorableQuestion;
import io.readyroom.scoring.engine.ScoringEngine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

class BatchEvaluationTests {

	private static final ScorableQuestion BANK_QUESTION = new ScorableQuestion("hit-minimum-necessary", 1,
			"What is the minimum necessary standard?", QuestionType.TECHNICAL,
			List.of(new CompetencyWeight("hipaa-privacy-rule", 1.0)),
			new Rubric(RubricStructure.FREE,
					List.of(new RubricCriterion("only-needed", "Uses or discloses only the information needed", 1.0,
							List.of("minimum necessary", "only the information needed"),
							List.of("I share only the information needed for the task."), "hipaa-privacy-rule")),
					List.of()),
			"Under HIPAA you use or disclose only the minimum information needed for the purpose.");

	private final ByteArrayOutputStream stderr = new ByteArrayOutputStream();

	private final BatchEvaluation batch = new BatchEvaluation(ScoringEngine.withBundledModel(),
			(id) -> id.equals(BANK_QUESTION.questionId()) ? Optional.of(BANK_QUESTION) : Optional.empty(),
			new PrintStream(this.stderr, true, StandardCharsets.UTF_8));

	@TempDir
	Path dir;

	@Test
	void scoresBankAndInlineLinesAndReportsBadLinesByNumber() throws Exception {
		Path input = this.dir.resolve("in.jsonl");
		Files.writeString(input, String.join("\n",
				"{\"id\":\"a1\",\"answer\":\"I only ever share the information needed for the task at hand, the minimum necessary.\",\"questionId\":\"hit-minimum-necessary\"}",
				"{\"id\":\"a2\",\"answer\":\"The water evaporated, leaving salt crystals.\",\"question\":\"How did you separate the salt from the water?\",\"referenceAnswer\":\"The water was evaporated, leaving the salt.\"}",
				"", "{\"id\":\"a3\",\"answer\":\"x\",\"questionId\":\"no-such-question\"}", "{not json",
				"{\"id\":\"a5\",\"answer\":\"It evaporates.\",\"question\":\"Q?\",\"referenceAnswer\":\"Water evaporates.\",\"keyPoints\":[\"water evaporates\"]}"));
		Path output = this.dir.resolve("out.jsonl");

		BatchSummary summary = this.batch.run(input, output);

		assertThat(summary).isEqualTo(new BatchSummary(3, 2));
		List<JsonNode> lines = Files.readAllLines(output).stream().map(JsonMapper.builder().build()::readTree).toList();
		assertThat(lines).extracting((n) -> n.get("id").isNull() ? null : n.get("id").stringValue())
			.containsExactly("a1", "a2", "a3", null, "a5");
		assertThat(lines.get(0).get("score").intValue()).isGreaterThan(50);
		assertThat(lines.get(0).get("competencyScores").get(0).get("competency").stringValue())
			.isEqualTo("hipaa-privacy-rule");
		assertThat(lines.get(0).get("criteria").get(0).get("verdict").stringValue()).isNotEqualTo("MISSED");
		assertThat(lines.get(0).get("criteria").get(0).get("evidence").stringValue()).contains("minimum necessary");
		assertThat(lines.get(1).get("criteria").get(0).get("verdict").stringValue()).isEqualTo("MET");
		assertThat(lines.get(2).get("error").stringValue()).contains("unknown questionId");
		assertThat(lines.get(2).get("line").intValue()).isEqualTo(4);
		assertThat(lines.get(3).get("line").intValue()).isEqualTo(5);
		assertThat(this.stderr.toString(StandardCharsets.UTF_8)).contains("line 4: unknown questionId")
			.contains("line 5: not valid JSON")
			.contains("done");
	}

	@Test
	void lineWithAnUnknownFieldIsRefusedByName() throws Exception {
		Path input = this.dir.resolve("in.jsonl");
		Files.writeString(input, "{\"id\":\"a1\",\"answer\":\"It evaporates.\",\"question\":\"Q?\","
				+ "\"refrenceAnswer\":\"Water evaporates.\"}");
		Path output = this.dir.resolve("out.jsonl");

		BatchSummary summary = this.batch.run(input, output);

		assertThat(summary).isEqualTo(new BatchSummary(0, 1));
		assertThat(Files.readString(output)).contains("unknown field \\\"refrenceAnswer\\\"");
		assertThat(this.stderr.toString(StandardCharsets.UTF_8)).contains("line 1: unknown field \"refrenceAnswer\"");
	}

	@Test
	void gradedExamplesOnALineCalibrateItsScoreAndBadOnesAreRefused() throws Exception {
		String examples = "[{\"answer\":\"Water evaporates and salt is left.\",\"score\":90},"
				+ "{\"answer\":\"The water dries up.\",\"score\":60},{\"answer\":\"Salt melts.\",\"score\":0},"
				+ "{\"answer\":\"You filter it.\",\"score\":10},{\"answer\":\"Boil the water away.\",\"score\":80}]";
		Path input = this.dir.resolve("in.jsonl");
		Files.writeString(input,
				String.join("\n",
						"{\"id\":\"g1\",\"answer\":\"The water evaporates.\",\"question\":\"How is salt separated?\","
								+ "\"referenceAnswer\":\"The water evaporates, leaving the salt.\",\"gradedExamples\":"
								+ examples + "}",
						"{\"id\":\"g2\",\"answer\":\"x\",\"question\":\"Q?\",\"referenceAnswer\":\"R.\","
								+ "\"gradedExamples\":[{\"answer\":\"y\",\"score\":140}]}"));
		Path output = this.dir.resolve("out.jsonl");

		BatchSummary summary = this.batch.run(input, output);

		assertThat(summary).isEqualTo(new BatchSummary(1, 1));
		List<JsonNode> lines = Files.readAllLines(output).stream().map(JsonMapper.builder().build()::readTree).toList();
		assertThat(lines.get(0).get("gradedExamples").get("examples").intValue()).isEqualTo(5);
		assertThat(lines.get(0).get("gradedExamples").get("nearest")).hasSize(3);
		assertThat(lines.get(1).get("error").stringValue()).contains("score").contains("0 to 100");
	}

	@Test
	void progressShowsRateAndTimeLeft() {
		long[] now = { 0 };
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ProgressReport progress = new ProgressReport(new PrintStream(out, true, StandardCharsets.UTF_8), 10_000,
				() -> now[0]);

		now[0] = 2_000_000_000L;
		progress.lineDone(1000, 3);

		assertThat(out.toString(StandardCharsets.UTF_8)).contains("1000/10000 lines (3 failed), 500 answers/s")
			.contains("0:00:18 left");
	}

}
