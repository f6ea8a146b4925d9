package io.readyroom.contracts;

import java.util.List;

/**
 * One key point a good answer makes: what it is, how much it counts and the phrases that
 * tend to express it.
 */
public record RubricCriterion(String id, String description, double weight, List<String> keyPhrases) {

	public RubricCriterion {
		EventFields.requireText(id, "criterion id");
		EventFields.requireText(description, "criterion description");
		if (!(weight > 0)) {
			throw new IllegalArgumentException("criterion weight must be positive but was " + weight);
		}
		keyPhrases = List.copyOf(keyPhrases);
		if (keyPhrases.isEmpty()) {
			throw new IllegalArgumentException("criterion " + id + " needs at least one key phrase");
		}
	}

}
