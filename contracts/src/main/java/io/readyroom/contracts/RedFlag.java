package io.readyroom.contracts;

import java.util.List;

/**
 * An answer that reveals unsafe or non-compliant practice, e.g. disclosing PHI without
 * verifying identity; it caps the score whatever else the answer covers.
 */
public record RedFlag(String id, String description, List<String> expressions) {

	public RedFlag {
		EventFields.requireText(id, "red flag id");
		EventFields.requireText(description, "red flag description");
		expressions = List.copyOf(expressions);
		if (expressions.isEmpty()) {
			throw new IllegalArgumentException("red flag " + id + " needs at least one expression");
		}
	}

}
