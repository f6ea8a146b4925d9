package io.readyroom.identity.account;

import java.util.ArrayList;
import java.util.List;

/**
 * The demo accounts as a plain-text table, for people reading a log.
 */
final class DemoAccountsTable {

	private static final List<String> HEADINGS = List.of("username", "password", "role", "program", "cohorts");

	private DemoAccountsTable() {
	}

	static String of(List<DemoAccount> accounts) {
		List<List<String>> rows = new ArrayList<>();
		rows.add(HEADINGS);
		accounts.forEach((account) -> rows.add(List.of(account.username(), account.password(),
				account.role().claimValue(), account.programId(), String.join(",", account.cohortIds()))));
		int[] widths = widthsOf(rows);
		StringBuilder table = new StringBuilder();
		for (List<String> row : rows) {
			StringBuilder line = new StringBuilder(" ");
			for (int column = 0; column < row.size(); column++) {
				line.append(' ').append(String.format("%-" + widths[column] + "s", row.get(column))).append(' ');
			}
			table.append(System.lineSeparator()).append(line.toString().stripTrailing());
		}
		return table.toString();
	}

	private static int[] widthsOf(List<List<String>> rows) {
		int[] widths = new int[HEADINGS.size()];
		for (List<String> row : rows) {
			for (int column = 0; column < row.size(); column++) {
				widths[column] = Math.max(widths[column], row.get(column).length());
			}
		}
		return widths;
	}

}
