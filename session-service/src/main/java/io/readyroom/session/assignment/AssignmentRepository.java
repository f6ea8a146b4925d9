package io.readyroom.session.assignment;

import java.util.Collection;
import java.util.List;

import org.springframework.data.mongodb.repository.MongoRepository;

interface AssignmentRepository extends MongoRepository<Assignment, String> {

	List<Assignment> findByProgramIdAndCohortIdOrderByDueAtAsc(String programId, String cohortId);

	boolean existsByProgramIdAndCohortId(String programId, String cohortId);

	/** The cohorts' assignments for everyone in them. */
	List<Assignment> findByProgramIdAndCohortIdInAndLearnerIdIsNullAndWithdrawnFalse(String programId,
			Collection<String> cohortIds);

	/** The assignments for one learner alone. */
	List<Assignment> findByProgramIdAndCohortIdInAndLearnerIdAndWithdrawnFalse(String programId,
			Collection<String> cohortIds, String learnerId);

}
