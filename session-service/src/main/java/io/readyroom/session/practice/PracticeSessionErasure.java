package io.readyroom.session.practice;

import io.readyroom.session.learnerdata.ProgramLearnerDocuments;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/** Removes an erased learner's practice sessions. */
@Component
class PracticeSessionErasure extends ProgramLearnerDocuments {

	PracticeSessionErasure(MongoTemplate mongo) {
		super(mongo, PracticeSession.class);
	}

}
