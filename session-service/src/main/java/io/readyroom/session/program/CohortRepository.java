package io.readyroom.session.program;

import java.util.List;

import org.springframework.data.mongodb.repository.MongoRepository;

interface CohortRepository extends MongoRepository<Cohort, String> {

	List<Cohort> findByProgramIdOrderByCohortId(String programId);

	List<Cohort> findByProgramIdAndCoachIds(String programId, String coachId);

	boolean existsByProgramId(String programId);

}
