package io.readyroom.session.program;

import java.util.Optional;

import org.springframework.stereotype.Component;

/** The target roles staff set for learners: what a learner practises for by default. */
@Component
public class TargetRoles {

	private final ProgramReads program;

	TargetRoles(ProgramReads program) {
		this.program = program;
	}

	/**
	 * The learner's confirmed target role; a proposal staff have not confirmed is not
	 * one.
	 */
	public Optional<String> of(String programId, String learnerId) {
		return this.program.enrolment(programId, learnerId).map(Enrolment::targetRole);
	}

}
