package io.readyroom.scoring.engine.structure;

import java.util.List;

/**
 * The concrete details an answer names; three or more distinct ones make it fully
 * specific.
 */
public record Specificity(List<SpecificDetail> details) {

	private static final int FULLY_SPECIFIC = 3;

	public Specificity {
		details = List.copyOf(details);
	}

	/** 0 to 1. */
	public double level() {
		long distinct = this.details.stream()
			.map((d) -> d.text().toLowerCase(java.util.Locale.ROOT))
			.distinct()
			.count();
		return Math.min(1.0, (double) distinct / FULLY_SPECIFIC);
	}

}
