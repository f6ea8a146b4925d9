package io.readyroom.contracts;

import java.util.List;

/**
 * An answer that reveals unsafe or non-compliant practice, e.g. disclosing PHI without
 * verifying identity; it lowers the score below any harmless answer, whatever else the
 * answer covers.
 *
 * @param expressions short phrasings that reveal the practice
 * @param exemplars whole sentences in a candidate's voice that describe or recommend the
 * practice, so that it is recognised when said in the candidate's own words; {@code null}
 * reads as none, e.g. in events published before red flags carried exemplars
 */
public record RedFlag(String id, String description, List<String> expressions, List<String> exemplars) {

	public RedFlag {
		EventFields.requireText(id, "red flag id");
		EventFields.requireText(description, "red flag description");
		expressions = List.copyOf(expressions);
		exemplars = (exemplars != null) ? List.copyOf(exemplars) : List.of();
		if (expressions.isEmpty()) {
			throw new IllegalArgumentException("red flag " + id + " needs at least one expression");
		}
	}

	/**
	 * A red flag known only by its description and expressions, with no exemplar
	 * sentences.
	 */
	public RedFlag(String id, String description, List<String> expressions) {
		this(id, description, expressions, List.of());
	}

}
