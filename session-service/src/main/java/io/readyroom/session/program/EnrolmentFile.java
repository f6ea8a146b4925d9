package io.readyroom.session.program;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.readyroom.session.practice.Ids;

/**
 * Reads an enrolment file: a header {@code username,cohort} or
 * {@code username,cohort,targetRole}, then one learner per line. Values are ids, so a
 * plain comma separates them; blank lines are skipped. Every line's shape is checked
 * here, what it names against the program's data by {@link EnrolmentImport}.
 */
final class EnrolmentFile {

	/** A few large cohorts at once; more is a mistake or several imports. */
	static final int MAX_LEARNERS = 5_000;

	private final List<EnrolmentLine> lines = new ArrayList<>();

	private final List<LineError> errors = new ArrayList<>();

	private EnrolmentFile() {
	}

	static EnrolmentFile read(String text) {
		EnrolmentFile file = new EnrolmentFile();
		file.parse(text.startsWith("\uFEFF") ? text.substring(1) : text);
		return file;
	}

	List<EnrolmentLine> lines() {
		return this.lines;
	}

	List<LineError> errors() {
		return this.errors;
	}

	private void parse(String text) {
		String[] rows = text.split("\\R", -1);
		int columns = headerColumns(rows[0].strip());
		if (columns == 0) {
			this.errors.add(new LineError(1, "the header must be 'username,cohort' or 'username,cohort,targetRole', "
					+ "not '" + rows[0].strip() + "'"));
			return;
		}
		Map<String, Integer> firstLineOf = new HashMap<>();
		for (int i = 1; i < rows.length; i++) {
			if (!rows[i].isBlank()) {
				readLine(i + 1, rows[i], columns, firstLineOf);
			}
		}
		if (this.lines.size() + this.errors.size() == 0) {
			this.errors.add(new LineError(2, "the file names no learner"));
		}
		if (firstLineOf.size() > MAX_LEARNERS) {
			this.errors.add(new LineError(rows.length, "the file names " + firstLineOf.size() + " learners; at most "
					+ MAX_LEARNERS + " are imported at once, split it into several files"));
		}
	}

	private static int headerColumns(String header) {
		String normalized = header.replace(" ", "").toLowerCase(Locale.ROOT);
		return switch (normalized) {
			case "username,cohort" -> 2;
			case "username,cohort,targetrole" -> 3;
			default -> 0;
		};
	}

	private void readLine(int number, String row, int columns, Map<String, Integer> firstLineOf) {
		String[] values = row.split(",", -1);
		if (values.length != columns) {
			this.errors.add(new LineError(number, "expected " + columns + " values separated by commas, found "
					+ values.length + " in '" + row.strip() + "'"));
			return;
		}
		String username = values[0].strip();
		String cohortId = values[1].strip();
		String targetRole = (columns == 3 && !values[2].isBlank()) ? values[2].strip() : null;
		List<String> problems = new ArrayList<>();
		requireId(problems, "username", username);
		requireId(problems, "cohort", cohortId);
		if (targetRole != null) {
			requireId(problems, "targetRole", targetRole);
		}
		Integer earlier = firstLineOf.putIfAbsent(username, number);
		if (earlier != null) {
			problems.add("learner '" + username + "' is on line " + earlier + " already");
		}
		if (problems.isEmpty()) {
			this.lines.add(new EnrolmentLine(number, username, cohortId, targetRole));
		}
		else {
			this.errors.add(new LineError(number, String.join("; ", problems)));
		}
	}

	private static void requireId(List<String> problems, String column, String value) {
		if (value.isEmpty()) {
			problems.add(column + " is empty");
		}
		else if (!value.matches(Ids.PATTERN)) {
			problems.add(column + " '" + value + "' " + Ids.MESSAGE);
		}
	}

}
