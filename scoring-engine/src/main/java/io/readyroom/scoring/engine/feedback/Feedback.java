package io.readyroom.scoring.engine.feedback;

import java.util.List;

/** Strengths to keep, hints for missed or partial key points, and one structure tip. */
public record Feedback(List<String> strengths, List<String> hints, String structureTip) {

	public Feedback {
		strengths = List.copyOf(strengths);
		hints = List.copyOf(hints);
	}

}
