package io.readyroom.session.assignment;

import java.time.Instant;
import java.util.List;

import io.readyroom.session.practice.Ids;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * What a coach or director sends to assign practice to a cohort, or with
 * {@code learnerId} to one learner of it. {@code mode} is {@code practice-set} or
 * {@code targeted} (taken as text, so that a wrong one is refused by name); without a
 * {@code roleTrack} each learner practises their own; without {@code competencyIds} a
 * drill draws on each learner's weakest; {@code questionCount} is 1 to
 * {@value #MAX_QUESTIONS}, {@value #DEFAULT_QUESTIONS} when left out.
 */
record AssignRequest(@NotBlank @Size(max = MAX_TITLE) String title, @NotBlank String mode,
		@Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String roleTrack,
		@Size(max = MAX_COMPETENCIES) List<@Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String> competencyIds,
		@Min(1) @Max(MAX_QUESTIONS) Integer questionCount, @NotNull Instant dueAt,
		@Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String learnerId) {

	static final int MAX_TITLE = 200;

	static final int MAX_COMPETENCIES = 30;

	static final int MAX_QUESTIONS = 20;

	static final int DEFAULT_QUESTIONS = 5;

	AssignRequest {
		competencyIds = (competencyIds != null) ? List.copyOf(competencyIds) : List.of();
		questionCount = (questionCount != null) ? questionCount : DEFAULT_QUESTIONS;
	}

}
