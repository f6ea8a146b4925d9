package io.readyroom.scoring.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import io.readyroom.bank.BankQuestion;
import io.readyroom.bank.SharedBank;
import io.readyroom.scoring.engine.ScorableQuestion;
import io.readyroom.scoring.engine.ScoringEngine;
import io.readyroom.scoring.engine.batch.BatchEvaluation;
import io.readyroom.scoring.engine.batch.BatchSummary;
import io.readyroom.scoring.engine.batch.QuestionResolver;
import io.readyroom.scoring.rubric.ScorableQuestions;

/**
 * {@code java -jar scoring-service.jar evaluate --input IN.jsonl --output OUT.jsonl}:
 * scores a file of answers against the bank shipped in the jar or inline questions, with
 * no Kafka, MongoDB or Spring context. Progress goes to stderr.
 */
public final class EvaluateCommand {

	public static final String NAME = "evaluate";

	private static final String USAGE = "usage: java -jar scoring-service.jar evaluate --input IN.jsonl --output OUT.jsonl";

	private EvaluateCommand() {
	}

	/** Runs the command and returns the process exit code. */
	public static int run(String[] args, PrintStream out, PrintStream err) {
		Map<String, String> options;
		try {
			options = options(args);
		}
		catch (IllegalArgumentException ex) {
			err.println(ex.getMessage());
			err.println(USAGE);
			return 2;
		}
		Path input = Path.of(options.get("--input"));
		if (!Files.isReadable(input)) {
			err.println("Cannot read the input file " + input);
			return 2;
		}
		BatchSummary summary = new BatchEvaluation(ScoringEngine.withBundledModel(), bankResolver(), err).run(input,
				Path.of(options.get("--output")));
		out.println("Scored " + summary.scored() + " answers, " + summary.failed() + " lines failed; results in "
				+ options.get("--output"));
		return (summary.failed() == 0) ? 0 : 1;
	}

	static QuestionResolver bankResolver() {
		Map<String, ScorableQuestion> bank = SharedBank.load()
			.questions()
			.stream()
			.collect(Collectors.toMap(BankQuestion::id, ScorableQuestions::of));
		return (questionId) -> Optional.ofNullable(bank.get(questionId));
	}

	private static Map<String, String> options(String[] args) {
		Map<String, String> options = new HashMap<>();
		for (int i = 1; i < args.length; i += 2) {
			if (i + 1 >= args.length || !args[i].startsWith("--")) {
				throw new IllegalArgumentException("Unexpected argument: " + args[i]);
			}
			options.put(args[i], args[i + 1]);
		}
		for (String required : new String[] { "--input", "--output" }) {
			if (!options.containsKey(required)) {
				throw new IllegalArgumentException("Missing " + required);
			}
		}
		return options;
	}

}
