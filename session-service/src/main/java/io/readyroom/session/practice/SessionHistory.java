package io.readyroom.session.practice;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * What the sessions tell about learners beyond one session: who practised in a cohort,
 * and which assignments they completed.
 */
@Component
public class SessionHistory {

	private final MongoTemplate mongo;

	SessionHistory(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	/** The learners who started a session in the program's cohort. */
	public Set<String> learnersWhoPractisedIn(String programId, String cohortId) {
		Query inCohort = Query.query(Criteria.where("programId").is(programId).and("cohortId").is(cohortId));
		return new TreeSet<>(this.mongo.findDistinct(inCohort, "learnerId", PracticeSession.class, String.class));
	}

	/** The completed sessions started from the assignments, by any learner. */
	public List<AssignedSession> completedFrom(Collection<String> assignmentIds) {
		return completed(Criteria.where("assignmentId").in(assignmentIds));
	}

	/** The learner's completed sessions started from the assignments. */
	public List<AssignedSession> completedBy(String learnerId, Collection<String> assignmentIds) {
		return completed(Criteria.where("learnerId").is(learnerId).and("assignmentId").in(assignmentIds));
	}

	private List<AssignedSession> completed(Criteria criteria) {
		return this.mongo.find(Query.query(criteria.and("status").is(SessionStatus.COMPLETED)), PracticeSession.class)
			.stream()
			.map(AssignedSession::of)
			.toList();
	}

	/** A completed session started from an assignment. */
	public record AssignedSession(String assignmentId, String learnerId, String sessionId, Instant completedAt) {

		static AssignedSession of(PracticeSession session) {
			return new AssignedSession(session.getAssignmentId(), session.getLearnerId(), session.getId(),
					session.getCompletedAt());
		}

	}

}
