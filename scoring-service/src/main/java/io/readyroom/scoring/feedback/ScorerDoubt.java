package io.readyroom.scoring.feedback;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import io.readyroom.scoring.engine.ScoreReport;
import io.readyroom.scoring.engine.criteria.CriterionOutcome;
import io.readyroom.scoring.engine.criteria.CriterionSignals;
import io.readyroom.scoring.engine.structure.RedFlagHit;

/**
 * How unsure the scorer was of an answer, and why, so that the answers a person should
 * look at first can be found: key points whose verdict a little more or less evidence
 * would change, key points whose wording and meaning say different things, red flags
 * (which cost an answer most of its score), and answers the scorer could hardly read.
 *
 * @param level 0 (sure) to 1 (a person should look); each reason raises it, none alone to
 * 1
 * @param reasons why, in words a coach reads
 */
public record ScorerDoubt(double level, List<String> reasons) {

	/** A verdict this close to its cut-off could have gone the other way. */
	static final double BORDERLINE_MARGIN = 0.06;

	/** Wording this strong should not come with meaning this far off, and vice versa. */
	static final double CLEAR_WORDING = 0.5;

	static final double FAR_MEANING = 0.35;

	static final double CLOSE_MEANING = 0.7;

	static final double NO_WORDING = 0.1;

	public static final ScorerDoubt NONE = new ScorerDoubt(0, List.of());

	public ScorerDoubt {
		reasons = List.copyOf(reasons);
	}

	/**
	 * @param descriptions each criterion's description by id, to name key points as the
	 * rubric does
	 */
	public static ScorerDoubt of(ScoreReport report, Map<String, String> descriptions) {
		ScorerDoubt doubt = NONE;
		Function<String, String> named = (id) -> descriptions.getOrDefault(id, id);
		for (CriterionOutcome criterion : report.criteria()) {
			if (criterion.verdictMargin() < BORDERLINE_MARGIN) {
				doubt = doubt.plus(0.25, "Borderline " + criterion.verdict().name().toLowerCase() + " on \""
						+ named.apply(criterion.criterionId()) + "\"");
			}
			if (signalsDisagree(criterion.signals())) {
				doubt = doubt.plus(0.3,
						"Wording and meaning disagree on \"" + named.apply(criterion.criterionId()) + "\"");
			}
		}
		for (RedFlagHit flag : report.redFlags()) {
			doubt = doubt.plus(0.6, "Red flag: " + flag.reason());
		}
		if (report.flags().offTopic() || report.flags().keywordStuffing() || report.flags().notEnglish()) {
			doubt = doubt.plus(0.3, "The scorer could hardly read the answer (" + unreadable(report) + ")");
		}
		return doubt;
	}

	private static boolean signalsDisagree(CriterionSignals signals) {
		boolean wordingWithoutMeaning = signals.wording() >= CLEAR_WORDING && signals.meaning() < FAR_MEANING;
		boolean meaningWithoutWording = signals.meaning() >= CLOSE_MEANING && signals.wording() < NO_WORDING;
		return wordingWithoutMeaning || meaningWithoutWording || signals.contradicts();
	}

	private static String unreadable(ScoreReport report) {
		List<String> why = new ArrayList<>();
		if (report.flags().offTopic()) {
			why.add("off topic");
		}
		if (report.flags().keywordStuffing()) {
			why.add("a list of terms");
		}
		if (report.flags().notEnglish()) {
			why.add("not in English");
		}
		return String.join(", ", why);
	}

	/**
	 * Adds this much doubt on top of what there is: {@code 1 - (1 - a)(1 - b)}, so doubts
	 * add up without ever passing 1.
	 */
	public ScorerDoubt plus(double weight, String reason) {
		List<String> all = new ArrayList<>(this.reasons);
		all.add(reason);
		return new ScorerDoubt(1 - (1 - this.level) * (1 - weight), all);
	}

}
