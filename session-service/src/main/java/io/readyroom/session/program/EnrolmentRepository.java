package io.readyroom.session.program;

import java.util.List;

import org.springframework.data.mongodb.repository.MongoRepository;

interface EnrolmentRepository extends MongoRepository<Enrolment, String> {

	List<Enrolment> findByProgramIdAndCohortIdNotNullOrderByLearnerId(String programId);

	List<Enrolment> findByProgramIdAndCohortIdInOrderByLearnerId(String programId, Iterable<String> cohortIds);

}
