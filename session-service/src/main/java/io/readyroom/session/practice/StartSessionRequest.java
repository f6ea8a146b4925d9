package io.readyroom.session.practice;

import java.time.Instant;
import java.util.Set;

import io.readyroom.contracts.Difficulty;
import io.readyroom.contracts.QuestionType;
import io.readyroom.contracts.SessionMode;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

/**
 * What a learner sends to start practising. Who practises, and in which program, is not
 * part of it: both come from the learner's token, and the session draws on the shared
 * bank and that program's own questions. {@code cohortId} may be left out when the token
 * names one cohort, and otherwise chooses among the token's cohorts. {@code mode}
 * defaults to a mock interview; a practice set may name the question types and
 * difficulties to draw from; {@code questionCount} is at most {@value #MAX_QUESTIONS}.
 * {@code startedAt}, a past time, is accepted only where backdating is allowed (the local
 * demo, see {@link BackdatingProperties}); left out, the session starts now.
 */
record StartSessionRequest(@NotBlank @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String roleTrack,
		SessionMode mode, Set<QuestionType> types, Set<Difficulty> difficulties,
		@Min(1) @Max(MAX_QUESTIONS) Integer questionCount,
		@Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String cohortId, Instant startedAt) {

	static final int MAX_QUESTIONS = 20;

	StartSessionRequest {
		mode = (mode != null) ? mode : SessionMode.MOCK_INTERVIEW;
		types = (types != null) ? Set.copyOf(types) : Set.of();
		difficulties = (difficulties != null) ? Set.copyOf(difficulties) : Set.of();
	}

}
