package io.readyroom.scoring.engine.criteria;

import io.readyroom.contracts.CriterionResult;
import io.readyroom.contracts.Verdict;

/**
 * The verdict on one criterion, the learner's words that earned it (offsets into the
 * answer, -1 when missed), the signal that decided it, and both signals' strengths:
 * {@code wording} is the best phrase coverage (0 to 1), {@code meaning} the best cosine
 * similarity of an answer sentence to the criterion's references.
 */
public record CriterionOutcome(String criterionId, Verdict verdict, String evidence, int evidenceStart, int evidenceEnd,
		Signal decidedBy, double wording, double meaning) {

	public double credit() {
		return switch (this.verdict) {
			case MET -> 1.0;
			case PARTIAL -> 0.5;
			case MISSED -> 0.0;
		};
	}

	public CriterionResult toResult() {
		return new CriterionResult(this.criterionId, this.verdict, this.evidence, this.evidenceStart, this.evidenceEnd);
	}

}
