package io.readyroom.contracts;

import java.util.List;
import java.util.Objects;

/** How answers to one question version are judged. */
public record Rubric(RubricStructure structure, List<RubricCriterion> criteria, List<RedFlag> redFlags) {

	public Rubric {
		Objects.requireNonNull(structure, "rubric structure must not be null");
		criteria = List.copyOf(criteria);
		redFlags = (redFlags != null) ? List.copyOf(redFlags) : List.of();
		if (criteria.isEmpty()) {
			throw new IllegalArgumentException("a rubric needs at least one criterion");
		}
	}

}
