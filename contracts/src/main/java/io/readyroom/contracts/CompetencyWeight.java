package io.readyroom.contracts;

/** How much a question tells about one competency; a question's weights sum to 1. */
public record CompetencyWeight(String competency, double weight) {

	public CompetencyWeight {
		EventFields.requireText(competency, "competency");
		if (!(weight > 0 && weight <= 1)) {
			throw new IllegalArgumentException("weight must be in (0, 1] but was " + weight);
		}
	}

}
