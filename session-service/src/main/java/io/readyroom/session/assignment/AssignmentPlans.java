package io.readyroom.session.assignment;

import java.util.Objects;

import io.readyroom.session.practice.AssignedPractice;
import io.readyroom.support.security.Caller;

import org.springframework.stereotype.Component;

/** What a session started from an assignment practises, for the learners it is for. */
@Component
class AssignmentPlans implements AssignedPractice {

	private final AssignmentRepository assignments;

	AssignmentPlans(AssignmentRepository assignments) {
		this.assignments = assignments;
	}

	@Override
	public Assigned of(Caller learner, String assignmentId) {
		Assignment assignment = this.assignments.findById(assignmentId)
			.filter((found) -> Objects.equals(found.programId(), learner.programId()))
			.orElseThrow(() -> AssignmentProblems.unknownAssignment(assignmentId));
		if (!assignment.isFor(learner)) {
			throw AssignmentProblems.notYourAssignment(assignmentId);
		}
		if (assignment.withdrawn()) {
			throw AssignmentProblems.withdrawn(assignmentId);
		}
		return new Assigned(assignment.id(), assignment.cohortId(), assignment.mode(), assignment.roleTrack(),
				assignment.competencyIds(), assignment.questionCount());
	}

}
