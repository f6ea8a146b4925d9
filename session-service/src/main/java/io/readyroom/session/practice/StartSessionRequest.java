package io.readyroom.session.practice;

import java.time.Instant;
import java.util.Set;

import io.readyroom.contracts.Difficulty;
import io.readyroom.contracts.QuestionType;
import io.readyroom.contracts.SessionMode;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;

/**
 * What a learner sends to start practising. Who practises, and in which program, is not
 * part of it: both come from the learner's token, and the session draws on the shared
 * bank and that program's own questions. {@code cohortId} may be left out when the token
 * names one cohort, and otherwise chooses among the token's cohorts. {@code roleTrack}
 * may be left out by a learner whose target role staff have set. {@code mode} defaults to
 * a mock interview; a practice set may name the question types and difficulties to draw
 * from; {@code questionCount} is at most {@value #MAX_QUESTIONS}. A session started from
 * an {@code assignmentId} takes the assignment's mode, competencies, question count and
 * cohort, and its role track where the assignment sets one; then {@code roleTrack} is
 * needed only where the assignment leaves it to the learner. {@code startedAt}, a past
 * time, is accepted only where backdating is allowed (the local demo, see
 * {@link BackdatingProperties}); left out, the session starts now.
 */
record StartSessionRequest(@Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String roleTrack, SessionMode mode,
		Set<QuestionType> types, Set<Difficulty> difficulties, @Min(1) @Max(MAX_QUESTIONS) Integer questionCount,
		@Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String cohortId,
		@Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String assignmentId, Instant startedAt) {

	static final int MAX_QUESTIONS = 20;

	StartSessionRequest {
		mode = (mode != null) ? mode : SessionMode.MOCK_INTERVIEW;
		types = (types != null) ? Set.copyOf(types) : Set.of();
		difficulties = (difficulties != null) ? Set.copyOf(difficulties) : Set.of();
	}

	/** This request for the given role track. */
	StartSessionRequest forRoleTrack(String track) {
		return new StartSessionRequest(track, this.mode, this.types, this.difficulties, this.questionCount,
				this.cohortId, this.assignmentId, this.startedAt);
	}

}
