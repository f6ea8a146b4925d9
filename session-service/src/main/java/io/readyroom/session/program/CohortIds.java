package io.readyroom.session.program;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Makes a cohort's id from its name when the director names none: "Spring 2027 B" is
 * spring-2027-b.
 */
final class CohortIds {

	private static final int MAX_LENGTH = 100;

	private CohortIds() {
	}

	static String fromName(String name) {
		String plain = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
		String id = plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
		if (id.isEmpty()) {
			throw ProgramProblems.noCohortIdInName(name);
		}
		return (id.length() > MAX_LENGTH) ? id.substring(0, MAX_LENGTH).replaceAll("-+$", "") : id;
	}

}
