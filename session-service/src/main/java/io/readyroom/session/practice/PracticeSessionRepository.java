package io.readyroom.session.practice;

import java.util.Collection;
import java.util.List;

import org.springframework.data.mongodb.repository.MongoRepository;

interface PracticeSessionRepository extends MongoRepository<PracticeSession, String> {

	List<PracticeSession> findByAssignmentIdInAndStatus(Collection<String> assignmentIds, SessionStatus status);

	List<PracticeSession> findByLearnerIdAndAssignmentIdInAndStatus(String learnerId, Collection<String> assignmentIds,
			SessionStatus status);

}
