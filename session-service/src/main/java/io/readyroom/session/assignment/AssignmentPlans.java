package io.readyroom.session.assignment;

import java.util.Objects;
import java.util.Optional;

import io.readyroom.session.practice.AssignedPractice;
import io.readyroom.support.security.Caller;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/** What a session started from an assignment practises, for the learners it is for. */
@Component
class AssignmentPlans implements AssignedPractice {

	private final MongoTemplate mongo;

	AssignmentPlans(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	@Override
	public Assigned of(Caller learner, String assignmentId) {
		Assignment assignment = Optional.ofNullable(this.mongo.findById(assignmentId, Assignment.class))
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
