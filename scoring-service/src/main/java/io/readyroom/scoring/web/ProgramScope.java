package io.readyroom.scoring.web;

import io.readyroom.problems.Problems;
import io.readyroom.support.security.Caller;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;

/**
 * The program a staff request is about: the caller's own, or for an admin, who belongs to
 * every program, the one they name.
 */
public final class ProgramScope {

	private ProgramScope() {
	}

	public static String of(Caller caller, @Nullable String named) {
		String programId = (named != null) ? named : caller.programId();
		if (programId == null) {
			throw Problems.exception(HttpStatus.BAD_REQUEST, "no-program", "Which program?",
					"Name the program with the programId parameter.");
		}
		if (!caller.belongsTo(programId)) {
			throw Problems.exception(HttpStatus.FORBIDDEN, "access-refused", "Not your program",
					"You work in program " + caller.programId() + ", not in " + programId + ".");
		}
		return programId;
	}

}
