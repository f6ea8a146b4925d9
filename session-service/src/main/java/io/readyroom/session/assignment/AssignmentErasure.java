package io.readyroom.session.assignment;

import io.readyroom.session.learnerdata.ProgramLearnerDocuments;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * Removes the assignments set for an erased learner alone; a cohort's assignments name no
 * learner and stay.
 */
@Component
class AssignmentErasure extends ProgramLearnerDocuments {

	AssignmentErasure(MongoTemplate mongo) {
		super(mongo, Assignment.class);
	}

}
