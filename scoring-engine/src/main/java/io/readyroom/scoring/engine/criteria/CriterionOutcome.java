package io.readyroom.scoring.engine.criteria;

import io.readyroom.contracts.CriterionResult;
import io.readyroom.contracts.Verdict;

/**
 * The judgement on one criterion: the credit it earns (0 to 1, what the score is built
 * from), the verdict a learner reads (met, partial or missed, read off the credit), the
 * learner's words that earned it (offsets into the answer, -1 when missed), the signal
 * that decided it, and the signals themselves.
 */
public record CriterionOutcome(String criterionId, Verdict verdict, double credit, String evidence, int evidenceStart,
		int evidenceEnd, Signal decidedBy, CriterionSignals signals) {

	/** The best rubric-phrase coverage, 0 to 1. */
	public double wording() {
		return this.signals.wording();
	}

	/** The best cosine similarity of an answer sentence to the criterion's references. */
	public double meaning() {
		return this.signals.meaning();
	}

	/**
	 * How far the credit is from the nearest cut-off between verdicts (met from
	 * {@value CriterionAssessor#MET}, partial from {@value CriterionAssessor#PARTIAL}): a
	 * small margin means a little more or less evidence would change the verdict.
	 */
	public double verdictMargin() {
		return Math.min(Math.abs(this.credit - CriterionAssessor.MET),
				Math.abs(this.credit - CriterionAssessor.PARTIAL));
	}

	public CriterionResult toResult() {
		return new CriterionResult(this.criterionId, this.verdict, this.evidence, this.evidenceStart, this.evidenceEnd);
	}

}
