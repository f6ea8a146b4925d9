package io.readyroom.scoring.review;

import java.util.List;

import io.readyroom.contracts.Verdict;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * A reviewer's grade of an answer: the score, the verdicts they change (key points left
 * out keep the machine's verdict) and an optional note to the learner.
 */
record ReviewRequest(@NotNull @Min(0) @Max(100) Integer score,
		@Nullable @Size(max = ReviewRequest.MAX_CRITERIA) List<@Valid @NotNull CriterionVerdict> criteria,
		@Nullable @Size(max = ReviewRequest.MAX_NOTE) String note) {

	static final int MAX_CRITERIA = 50;

	static final int MAX_NOTE = 2000;

	List<CriterionVerdict> criteriaOrNone() {
		return (this.criteria != null) ? this.criteria : List.of();
	}

	String noteOrEmpty() {
		return (this.note != null) ? this.note.strip() : "";
	}

	/**
	 * The reviewer's verdict on one key point of the rubric the answer was scored under.
	 */
	record CriterionVerdict(@NotBlank String criterionId, @NotNull Verdict verdict) {

	}

}
