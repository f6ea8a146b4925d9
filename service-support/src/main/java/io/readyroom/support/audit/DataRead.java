package io.readyroom.support.audit;

import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * What a reader read, and whose: one learner's data, a cohort's or a whole program's.
 *
 * @param what what was read, e.g. {@code learner-profile}
 * @param programId the program whose data it is; {@value #UNKNOWN_PROGRAM} for a learner
 * or cohort no event has placed in a program yet, which only an admin can read
 * @param cohortId the cohort read or the learner's cohort; {@code null} for a program
 * @param learnerId the learner read; {@code null} for a cohort or a program
 */
public record DataRead(String what, String programId, @Nullable String cohortId, @Nullable String learnerId) {

	/** The program of a learner no event has placed in one. */
	public static final String UNKNOWN_PROGRAM = "unknown";

	public DataRead {
		Objects.requireNonNull(what, "what");
		Objects.requireNonNull(programId, "programId");
	}

	public static DataRead ofLearner(String what, String learnerId, @Nullable String programId,
			@Nullable String cohortId) {
		return new DataRead(what, (programId != null) ? programId : UNKNOWN_PROGRAM, cohortId, learnerId);
	}

	public static DataRead ofCohort(String what, @Nullable String programId, String cohortId) {
		return new DataRead(what, (programId != null) ? programId : UNKNOWN_PROGRAM, cohortId, null);
	}

	public static DataRead ofProgram(String what, String programId) {
		return new DataRead(what, programId, null, null);
	}

}
