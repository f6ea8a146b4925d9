package io.readyroom.scoring.engine.structure;

import java.util.List;

/**
 * STAR components found in a behavioral answer; {@code applies} is false for other
 * rubrics.
 */
public record StarAnalysis(boolean applies, List<StarFinding> findings) {

	public StarAnalysis {
		findings = List.copyOf(findings);
	}

	public static StarAnalysis notApplicable() {
		return new StarAnalysis(false, List.of());
	}

	public List<StarComponent> present() {
		return this.findings.stream().filter(StarFinding::present).map(StarFinding::component).toList();
	}

	public List<StarComponent> missing() {
		return this.findings.stream().filter((f) -> !f.present()).map(StarFinding::component).toList();
	}

	/** Share of the four components present, 0 to 1. */
	public double completeness() {
		return this.findings.isEmpty() ? 0 : (double) present().size() / this.findings.size();
	}

}
