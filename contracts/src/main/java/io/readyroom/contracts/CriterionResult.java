package io.readyroom.contracts;

import java.util.Objects;

/**
 * The verdict on one rubric criterion and the learner's own words that earned it:
 * {@code evidence} is the text between {@code evidenceStart} (inclusive) and
 * {@code evidenceEnd} (exclusive) of the answer, or empty with both offsets -1 when the
 * criterion was missed.
 */
public record CriterionResult(String criterionId, Verdict verdict, String evidence, int evidenceStart,
		int evidenceEnd) {

	public CriterionResult {
		EventFields.requireText(criterionId, "criterionId");
		Objects.requireNonNull(verdict, "verdict must not be null");
		Objects.requireNonNull(evidence, "evidence must not be null (empty when missed)");
	}

	public static CriterionResult missed(String criterionId) {
		return new CriterionResult(criterionId, Verdict.MISSED, "", -1, -1);
	}

}
