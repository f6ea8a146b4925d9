package io.readyroom.session.program;

import io.readyroom.contracts.token.Role;
import io.readyroom.support.security.Caller;

/**
 * Who may do what to a program's data. Another program's data is unknown (404) to
 * everyone but an admin; within their program, a role that may not do something is told
 * so (403).
 */
public final class Permissions {

	private Permissions() {
	}

	static void requireMember(Caller caller, String programId) {
		if (!caller.belongsTo(programId)) {
			throw ProgramProblems.unknownProgram(programId);
		}
	}

	/** The director of the program or an admin. */
	public static void requireManager(Caller caller, String programId, String whatTheyDo) {
		requireMember(caller, programId);
		if (!caller.managesProgram(programId)) {
			throw ProgramProblems.refused("Only the director of program '" + programId + "' or an admin " + whatTheyDo
					+ "; a " + caller.role().claimValue() + " may not.");
		}
	}

	/** Staff of the program: its director, its coaches and admins. */
	static void requireStaff(Caller caller, String programId, String whatTheyDo) {
		requireMember(caller, programId);
		if (caller.role() == Role.LEARNER) {
			throw ProgramProblems
				.refused("Only staff of program '" + programId + "' " + whatTheyDo + "; a learner may not.");
		}
	}

}
