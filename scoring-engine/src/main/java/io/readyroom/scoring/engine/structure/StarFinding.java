package io.readyroom.scoring.engine.structure;

/**
 * Whether one STAR component is present, and the sentence that shows it (offsets -1 if
 * absent).
 */
public record StarFinding(StarComponent component, boolean present, String evidence, int evidenceStart,
		int evidenceEnd) {

	static StarFinding absent(StarComponent component) {
		return new StarFinding(component, false, "", -1, -1);
	}

}
