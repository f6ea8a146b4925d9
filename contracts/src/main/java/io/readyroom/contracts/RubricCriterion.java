package io.readyroom.contracts;

import java.util.List;

/**
 * One key point a good answer makes: what it is, how much it counts, the phrasings that
 * tend to express it, at least one exemplar sentence, and the competency it shows.
 *
 * @param competency the id of the competency this key point shows - one of its question's
 * competencies, so that each competency is scored from its own key points; {@code null}
 * only for criteria derived on the fly from a reference answer, which show no competency
 * of their own
 */
public record RubricCriterion(String id, String description, double weight, List<String> expressions,
		List<String> exemplars, String competency) {

	public RubricCriterion {
		EventFields.requireText(id, "criterion id");
		EventFields.requireText(description, "criterion description");
		if (!(weight > 0)) {
			throw new IllegalArgumentException("criterion weight must be positive but was " + weight);
		}
		expressions = List.copyOf(expressions);
		exemplars = List.copyOf(exemplars);
		if (expressions.isEmpty()) {
			throw new IllegalArgumentException("criterion " + id + " needs at least one expression");
		}
		if (competency != null && competency.isBlank()) {
			throw new IllegalArgumentException("criterion " + id + " names a blank competency");
		}
	}

	/**
	 * A key point that shows no competency of its own, e.g. one derived from a reference
	 * answer.
	 */
	public RubricCriterion(String id, String description, double weight, List<String> expressions,
			List<String> exemplars) {
		this(id, description, weight, expressions, exemplars, null);
	}

}
