package io.readyroom.scoring.engine.batch;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import io.readyroom.scoring.engine.ScoringEngine;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * Scores a JSONL file of answers into a JSONL file of results, one output line per input
 * line, in the same order. Blank lines are skipped.
 *
 * <p>
 * A bad line (invalid JSON, a missing field, an unknown question id) does not stop the
 * run: a long batch should not be lost to one typo. It is reported on stderr with its
 * line number and written to the output as {@code {"id", "line", "error"}} in its place,
 * so the output still lines up with the input and a user can fix and re-run just those
 * lines.
 */
public final class BatchEvaluation {

	private final ScoringEngine engine;

	private final QuestionResolver resolver;

	private final PrintStream progress;

	private final ObjectMapper mapper = JsonMapper.builder().build();

	public BatchEvaluation(ScoringEngine engine, QuestionResolver resolver, PrintStream progress) {
		this.engine = engine;
		this.resolver = resolver;
		this.progress = progress;
	}

	public BatchSummary run(Path input, Path output) {
		long total = countLines(input);
		try (BufferedReader reader = Files.newBufferedReader(input, StandardCharsets.UTF_8);
				BufferedWriter writer = Files.newBufferedWriter(output, StandardCharsets.UTF_8)) {
			return run(reader, writer, total);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	BatchSummary run(BufferedReader reader, BufferedWriter writer, long totalLines) throws IOException {
		ProgressReport report = new ProgressReport(this.progress, totalLines, System::nanoTime);
		long lineNumber = 0;
		long scored = 0;
		long failed = 0;
		String line;
		while ((line = reader.readLine()) != null) {
			lineNumber++;
			if (line.isBlank()) {
				continue;
			}
			OutputLine result = scoreLine(line, lineNumber);
			if (result.failed()) {
				failed++;
			}
			else {
				scored++;
			}
			writer.write(result.json());
			writer.newLine();
			report.lineDone(lineNumber, failed);
		}
		writer.flush();
		report.finished(lineNumber, failed);
		return new BatchSummary(scored, failed);
	}

	private OutputLine scoreLine(String line, long lineNumber) {
		try {
			BatchLine parsed = BatchLine.parse(line, this.mapper, this.resolver);
			BatchResult result = BatchResult.of(parsed.id(), this.engine.score(parsed.question(), parsed.answer()));
			return new OutputLine(this.mapper.writeValueAsString(result), false);
		}
		catch (BadLineException ex) {
			this.progress.println("line " + lineNumber + ": " + ex.getMessage());
			BatchError error = new BatchError(idOf(line), lineNumber, ex.getMessage());
			return new OutputLine(this.mapper.writeValueAsString(error), true);
		}
	}

	private record OutputLine(String json, boolean failed) {

	}

	private String idOf(String line) {
		try {
			var id = this.mapper.readTree(line).get("id");
			return (id != null && id.isString()) ? id.stringValue() : null;
		}
		catch (RuntimeException ex) {
			return null;
		}
	}

	private static long countLines(Path input) {
		try (Stream<String> lines = Files.lines(input, StandardCharsets.UTF_8)) {
			return lines.count();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
