package io.readyroom.session.practice;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import org.springframework.data.mongodb.repository.MongoRepository;
import org.springframework.data.mongodb.repository.Query;
import org.springframework.data.mongodb.repository.Update;

interface PracticeSessionRepository extends MongoRepository<PracticeSession, String> {

	/**
	 * Adds the question to the session's answered ones in place: no load and save, so an
	 * answer recorded while the session completes is not overwritten by the completion.
	 */
	@Query("{ '_id': ?0 }")
	@Update("{ '$addToSet': { 'answeredQuestionIds': ?1 } }")
	void recordAnsweredQuestion(String sessionId, String questionId);

	/** Completes the session in place, leaving the answered questions as they are. */
	@Query("{ '_id': ?0 }")
	@Update("{ '$set': { 'status': 'COMPLETED', 'completedAt': ?1 } }")
	void markCompleted(String sessionId, Instant completedAt);

	List<PracticeSession> findByAssignmentIdInAndStatus(Collection<String> assignmentIds, SessionStatus status);

	List<PracticeSession> findByLearnerIdAndAssignmentIdInAndStatus(String learnerId, Collection<String> assignmentIds,
			SessionStatus status);

}
