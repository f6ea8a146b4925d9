package io.readyroom.bank;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;

/**
 * The bank that ships with Readyroom: {@code bank/bank.yaml} names the competency model
 * and the question files, all on the classpath. Loading fails fast, listing every problem
 * in every file.
 */
public record SharedBank(CompetencyModel competencyModel, List<BankQuestion> questions) {

	private static final String INDEX = "bank/bank.yaml";

	public SharedBank {
		questions = List.copyOf(questions);
	}

	public static SharedBank load() {
		JsonNode index = readTree(INDEX);
		CompetencyModel model = BankFormat.YAML.mapper()
			.convertValue(readTree("bank/" + index.path("competencyModel").asText()), CompetencyModel.class);
		BankFileReader reader = new BankFileReader(model);
		List<BankQuestion> questions = new ArrayList<>();
		List<BankProblem> problems = new ArrayList<>();
		Map<String, String> fileOfId = new HashMap<>();
		for (JsonNode file : index.path("questionFiles")) {
			String name = file.asText();
			try {
				for (BankQuestion question : reader.read(name, bytes("bank/" + name), BankFormat.ofFileName(name),
						true)) {
					String earlier = fileOfId.putIfAbsent(question.id(), name);
					if (earlier != null) {
						problems.add(new BankProblem(name, "question '" + question.id() + "'", "$.id",
								"id '" + question.id() + "' is already used in " + earlier));
					}
					questions.add(question);
				}
			}
			catch (InvalidBankException ex) {
				problems.addAll(ex.problems());
			}
		}
		if (!problems.isEmpty()) {
			throw new InvalidBankException(problems);
		}
		return new SharedBank(model, questions);
	}

	private static JsonNode readTree(String resource) {
		return BankFormat.YAML.mapper().readTree(bytes(resource));
	}

	private static byte[] bytes(String resource) {
		try (InputStream in = SharedBank.class.getClassLoader().getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException("The bank file " + resource + " is missing from the classpath");
			}
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + resource, ex);
		}
	}

}
