package io.readyroom.analytics.readiness;

import io.readyroom.bank.CompetencyModel.Requirement;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * One requirement as a program sets it: mastery of at least {@code threshold} over at
 * least {@code minAnswers} answers.
 *
 * @param minAnswers at most {@value #MAX_MIN_ANSWERS}: a requirement no learner could
 * meet in a course of practice is a typo
 */
record RequirementRule(@NotBlank @Size(max = 100) String competency, @NotNull @Min(0) @Max(100) Integer threshold,
		@NotNull @Min(1) @Max(MAX_MIN_ANSWERS) Integer minAnswers) {

	static final int MAX_MIN_ANSWERS = 1000;

	Requirement toRequirement() {
		return new Requirement(this.competency, this.threshold, this.minAnswers);
	}

}
