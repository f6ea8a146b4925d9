package io.readyroom.session.program;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * Reads a program's stored cohorts and enrolments, which {@link ProgramWrites} alone
 * changes.
 */
@Component
class ProgramReads {

	private final MongoTemplate mongo;

	ProgramReads(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	Optional<Cohort> cohort(String programId, String cohortId) {
		return Optional.ofNullable(this.mongo.findById(Cohort.idOf(programId, cohortId), Cohort.class));
	}

	boolean hasCohort(String programId, String cohortId) {
		return this.mongo.exists(Query.query(Criteria.where("_id").is(Cohort.idOf(programId, cohortId))), Cohort.class);
	}

	/** The program's cohorts by id. */
	List<Cohort> cohorts(String programId) {
		return this.mongo.find(Query.query(Criteria.where("programId").is(programId)).with(Sort.by("cohortId")),
				Cohort.class);
	}

	List<Cohort> coachedBy(String programId, String coachId) {
		return this.mongo.find(Query.query(Criteria.where("programId").is(programId).and("coachIds").is(coachId)),
				Cohort.class);
	}

	Optional<Enrolment> enrolment(String programId, String learnerId) {
		return Optional.ofNullable(this.mongo.findById(Enrolment.idOf(programId, learnerId), Enrolment.class));
	}

	List<Enrolment> enrolments(Collection<String> ids) {
		return this.mongo.find(Query.query(Criteria.where("_id").in(ids)), Enrolment.class);
	}

	/** The learners enrolled in the program, removed ones not, by learner id. */
	List<Enrolment> enrolled(String programId) {
		return byLearner(Criteria.where("programId").is(programId).and("cohortId").ne(null));
	}

	/** The learners enrolled in the program's cohorts, by learner id. */
	List<Enrolment> enrolledIn(String programId, Collection<String> cohortIds) {
		return byLearner(Criteria.where("programId").is(programId).and("cohortId").in(cohortIds));
	}

	private List<Enrolment> byLearner(Criteria criteria) {
		return this.mongo.find(Query.query(criteria).with(Sort.by("learnerId")), Enrolment.class);
	}

}
