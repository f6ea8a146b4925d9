package io.readyroom.scoring.engine.criteria;

/**
 * Weighs a criterion's signals into credit: how likely, 0 to 1, a human grader is to say
 * the answer makes the key point. A logistic model over the signals. Being continuous, a
 * near miss earns most of the credit and one shared word little, where hard verdicts gave
 * all or nothing. Both models belong to the bundled embedding model: refit them when it
 * changes.
 *
 * @param affirmedMeaning whether only sentences that do not contradict the key point
 * count as meaning: right for authored exemplars, whose negations are deliberate, wrong
 * for one-line reference answers, where the negation check misreads too many correct
 * answers (on SemEval training data it barely tells correct from incorrect)
 */
public record CreditModel(double bias, double wording, double meaning, double recall, double contradiction,
		boolean affirmedMeaning) {

	/**
	 * For criteria derived from a reference answer: fitted on the SemEval-2013 Task 7
	 * training splits only ({@code validity.CreditCalibration} prints the fit), never on
	 * a test split.
	 */
	public static final CreditModel REFERENCE_ANSWER = new CreditModel(-2.541, 0, 2.710, 1.853, -0.470, false);

	/**
	 * For criteria people wrote: fitted to the human scores of the development set's
	 * harmless answers and the bank's model answers (docs/scoring-validity.md), with the
	 * meaning weight held at 8, since a free fit on 200 answers traded meaning for recall
	 * with signs no grader would sign. The development set has too few contradictions to
	 * fit their weight, so it is set: an authored key point's action said with "not" ("I
	 * would not verify identity") earns no more than partial credit however close its
	 * words.
	 */
	public static final CreditModel AUTHORED_RUBRIC = new CreditModel(-5.27, 0.89, 8.0, 4.18, -1.5, true);

	public static CreditModel forRubric(boolean derived) {
		return derived ? REFERENCE_ANSWER : AUTHORED_RUBRIC;
	}

	public double credit(CriterionSignals signals) {
		return 1 / (1 + Math.exp(-logit(signals)));
	}

	double logit(CriterionSignals signals) {
		double meaningSignal = this.affirmedMeaning ? signals.affirmedMeaning() : signals.meaning();
		return this.bias + this.wording * signals.wording() + this.meaning * meaningSignal
				+ this.recall * signals.recall() + (signals.contradicts() ? this.contradiction : 0);
	}

}
