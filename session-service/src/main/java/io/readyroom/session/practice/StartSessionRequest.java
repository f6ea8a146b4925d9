package io.readyroom.session.practice;

import java.util.Set;

import io.readyroom.contracts.Difficulty;
import io.readyroom.contracts.QuestionType;
import io.readyroom.contracts.SessionMode;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

/**
 * What a learner sends to start practising. {@code mode} defaults to a mock interview; a
 * practice set may name the question types and difficulties to draw from and how many
 * questions. {@code programId} adds the program's own questions to the shared bank's.
 */
record StartSessionRequest(@NotBlank @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String learnerId,
		@NotBlank @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String cohortId,
		@NotBlank @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String roleTrack,
		@Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String programId, SessionMode mode,
		Set<QuestionType> types, Set<Difficulty> difficulties, @Min(1) @Max(MAX_QUESTIONS) Integer questionCount) {

	static final int MAX_QUESTIONS = 20;

	StartSessionRequest {
		mode = (mode != null) ? mode : SessionMode.MOCK_INTERVIEW;
		types = (types != null) ? Set.copyOf(types) : Set.of();
		difficulties = (difficulties != null) ? Set.copyOf(difficulties) : Set.of();
	}

}
