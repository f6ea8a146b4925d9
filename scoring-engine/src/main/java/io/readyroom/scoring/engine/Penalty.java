package io.readyroom.scoring.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.readyroom.scoring.engine.quality.AnswerFlags;
import io.readyroom.scoring.engine.structure.RedFlagHit;

/**
 * What an answer's faults leave of its score: a factor from 0 to 1, and the reasons a
 * learner reads. Faults scale the score down rather than cap it, so of two answers with
 * the same fault the better one still scores higher; a red flag scales hardest, so an
 * unsafe answer scores below a harmless vague one however much else it covers.
 */
record Penalty(double factor, List<String> reasons) {

	/** At most 15 % of the score survives unsafe or non-compliant practice. */
	static final double RED_FLAG = 0.15;

	/** Each further red flag takes another quarter. */
	static final double FURTHER_RED_FLAG = 0.75;

	static final double KEYWORD_LIST = 0.25;

	static final double OFF_TOPIC = 0.2;

	/**
	 * A too-short answer keeps at least this share, and more the closer it comes to the
	 * length the question needs: short and right is not the same as wrong.
	 */
	static final double SHORTEST = 0.5;

	static final Penalty NONE = new Penalty(1, List.of());

	Penalty {
		reasons = List.copyOf(reasons);
	}

	static Penalty of(List<RedFlagHit> redFlags, AnswerFlags flags) {
		double factor = 1;
		List<String> reasons = new ArrayList<>();
		for (RedFlagHit hit : redFlags) {
			factor *= (factor == 1) ? RED_FLAG : FURTHER_RED_FLAG;
			reasons.add("Lowered by a red flag: " + hit.reason() + " (\"" + hit.evidence() + "\").");
		}
		if (flags.keywordStuffing()) {
			factor *= KEYWORD_LIST;
			reasons.add("Lowered: a list of terms without sentences does not show how you would apply them.");
		}
		if (flags.offTopic()) {
			factor *= OFF_TOPIC;
			reasons.add("Lowered: the answer does not address the question.");
		}
		if (flags.tooShort()) {
			factor *= SHORTEST + (1 - SHORTEST) * flags.lengthShare();
			reasons.add(String.format(Locale.ROOT,
					"Lowered: at %.0f%% of the length the question needs, the answer is too short to cover it.",
					100 * flags.lengthShare()));
		}
		return new Penalty(factor, reasons);
	}

}
