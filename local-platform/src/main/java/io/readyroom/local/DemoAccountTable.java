package io.readyroom.local;

import java.util.ArrayList;
import java.util.List;

import io.readyroom.local.identity.DemoAccount;

/**
 * The demo accounts as aligned lines of text, for the start-up summary.
 */
final class DemoAccountTable {

	private static final List<String> HEADINGS = List.of("username", "password", "role", "program", "cohorts");

	private DemoAccountTable() {
	}

	static List<String> lines(List<DemoAccount> accounts) {
		List<List<String>> rows = new ArrayList<>();
		rows.add(HEADINGS);
		accounts.forEach((account) -> rows.add(List.of(account.username(), account.password(), account.role(),
				account.programId(), String.join(",", account.cohortIds()))));
		int[] widths = new int[HEADINGS.size()];
		rows.forEach((row) -> {
			for (int column = 0; column < row.size(); column++) {
				widths[column] = Math.max(widths[column], row.get(column).length());
			}
		});
		return rows.stream().map((row) -> lineOf(row, widths)).toList();
	}

	private static String lineOf(List<String> row, int[] widths) {
		StringBuilder line = new StringBuilder();
		for (int column = 0; column < row.size(); column++) {
			line.append(String.format("%-" + (widths[column] + 2) + "s", row.get(column)));
		}
		return line.toString().stripTrailing();
	}

}
