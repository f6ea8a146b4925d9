package io.readyroom.contracts;

import java.util.List;

/**
 * One key point a good answer makes: what it is, how much it counts, the phrasings that
 * tend to express it and at least one exemplar sentence.
 */
public record RubricCriterion(String id, String description, double weight, List<String> expressions,
		List<String> exemplars) {

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
	}

}
