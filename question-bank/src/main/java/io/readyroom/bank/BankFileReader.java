package io.readyroom.bank;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.PathType;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.JsonNode;

/**
 * Reads one bank file - a file of the shared bank or a program's upload - and checks it
 * against the bank file schema and the competency model. Every problem found is reported
 * at once, each naming the source, the question and the field, and a file with any
 * problem yields nothing.
 */
public final class BankFileReader {

	private static final String SCHEMA = "/bank/question-bank-file.schema.json";

	private static final Pattern QUESTION_PATH = Pattern.compile("^\\$\\.questions\\[(\\d+)](.*)$");

	private static final double WEIGHT_TOLERANCE = 0.001;

	private static final Schema schema = loadSchema();

	private final CompetencyModel model;

	public BankFileReader(CompetencyModel model) {
		this.model = model;
	}

	/**
	 * @param source how to name the file in problems, e.g. its file name
	 * @param content the file's bytes
	 * @param format YAML or JSON
	 * @param provenanceRequired whether each question must give its seed provenance (the
	 * shared bank must; a program's import may not)
	 * @return the questions, in file order
	 * @throws InvalidBankException listing every problem, if there is any
	 */
	public List<BankQuestion> read(String source, byte[] content, BankFormat format, boolean provenanceRequired) {
		JsonNode tree = parse(source, content, format);
		List<BankProblem> problems = new ArrayList<>(schemaProblems(source, tree));
		if (!problems.isEmpty()) {
			throw new InvalidBankException(problems);
		}
		List<BankQuestion> questions = format.mapper()
			.convertValue(tree.get("questions"), new TypeReference<List<BankQuestion>>() {
			});
		for (int index = 0; index < questions.size(); index++) {
			problems.addAll(ruleProblems(source, index, questions.get(index), provenanceRequired));
		}
		problems.addAll(duplicateIds(source, questions));
		if (!problems.isEmpty()) {
			throw new InvalidBankException(problems);
		}
		return questions;
	}

	private static JsonNode parse(String source, byte[] content, BankFormat format) {
		try {
			JsonNode tree = format.mapper().readTree(content);
			if (tree == null || tree.isMissingNode()) {
				throw new InvalidBankException(List.of(new BankProblem(source, "file", "$", "the file is empty")));
			}
			return tree;
		}
		catch (JacksonException ex) {
			TokenStreamLocation at = ex.getLocation();
			String where = (at != null) ? "line " + at.getLineNr() + ", column " + at.getColumnNr() : "$";
			throw new InvalidBankException(List
				.of(new BankProblem(source, "file", where, "not valid " + format + ": " + ex.getOriginalMessage())));
		}
	}

	private static List<BankProblem> schemaProblems(String source, JsonNode tree) {
		return schema.validate(tree)
			.stream()
			.map((message) -> locate(source, tree, message))
			.sorted(BankFileReader::byItem)
			.toList();
	}

	private static BankProblem locate(String source, JsonNode tree, Error message) {
		String path = message.getInstanceLocation().toString();
		String text = message.getMessage().replaceFirst("^\\S+: ", "");
		Matcher question = QUESTION_PATH.matcher(path);
		if (!question.matches()) {
			return new BankProblem(source, "file", path, text);
		}
		int index = Integer.parseInt(question.group(1));
		String field = question.group(2).isEmpty() ? "$" : "$" + question.group(2);
		return new BankProblem(source, itemName(tree.path("questions").path(index), index), field, text);
	}

	private static String itemName(JsonNode question, int index) {
		String position = "question #" + (index + 1);
		JsonNode id = question.path("id");
		return id.isString() ? position + " '" + id.asString() + "'" : position;
	}

	private static int byItem(BankProblem a, BankProblem b) {
		return (a.item() + a.field()).compareTo(b.item() + b.field());
	}

	private List<BankProblem> ruleProblems(String source, int index, BankQuestion question,
			boolean provenanceRequired) {
		String item = "question #" + (index + 1) + " '" + question.id() + "'";
		List<BankProblem> problems = new ArrayList<>();
		for (int i = 0; i < question.competencies().size(); i++) {
			String competency = question.competencies().get(i).id();
			if (!this.model.hasCompetency(competency)) {
				problems.add(new BankProblem(source, item, "$.competencies[" + i + "].id",
						"unknown competency '" + competency + "'"));
			}
		}
		double weights = question.competencies().stream().mapToDouble(BankQuestion.CompetencyRef::weight).sum();
		if (Math.abs(weights - 1.0) > WEIGHT_TOLERANCE) {
			problems
				.add(new BankProblem(source, item, "$.competencies", "weights must sum to 1 but sum to " + weights));
		}
		for (int i = 0; i < question.roleTracks().size(); i++) {
			String track = question.roleTracks().get(i);
			if (this.model.roleTrack(track).isEmpty()) {
				problems.add(
						new BankProblem(source, item, "$.roleTracks[" + i + "]", "unknown role track '" + track + "'"));
			}
		}
		problems.addAll(RubricRules.problems(source, item, question));
		if (provenanceRequired && question.provenance() == null) {
			problems.add(new BankProblem(source, item, "$.provenance",
					"the shared bank must give each question's provenance"));
		}
		return problems;
	}

	private static List<BankProblem> duplicateIds(String source, List<BankQuestion> questions) {
		Set<String> seen = new HashSet<>();
		List<BankProblem> problems = new ArrayList<>();
		for (int index = 0; index < questions.size(); index++) {
			String id = questions.get(index).id();
			if (!seen.add(id)) {
				problems.add(new BankProblem(source, "question #" + (index + 1) + " '" + id + "'", "$.id",
						"id '" + id + "' is used by an earlier question"));
			}
		}
		return problems;
	}

	/** Problems name fields as {@code $.questions[0].id}, the way the rule checks do. */
	private static Schema loadSchema() {
		try (InputStream file = BankFileReader.class.getResourceAsStream(SCHEMA)) {
			if (file == null) {
				throw new IllegalStateException("The bank file schema " + SCHEMA + " is missing from the classpath");
			}
			SchemaRegistryConfig config = SchemaRegistryConfig.builder().pathType(PathType.LEGACY).build();
			return SchemaRegistry
				.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
						(registry) -> registry.schemaRegistryConfig(config))
				.getSchema(file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
