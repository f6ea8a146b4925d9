package io.readyroom.analytics.assignment;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.readyroom.analytics.membership.Enrolment;
import io.readyroom.analytics.membership.Enrolments;
import io.readyroom.analytics.profile.LearnerProfile;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

/**
 * Counts, on read, how far a cohort's learners have got with each of its assignments.
 * Computed on read because whether an assignment is overdue changes with the clock, not
 * with an event. The cohort's learners are those enrolled in it and those whose profile
 * counts in it (learners the program never enrolled, placed by their sessions); a learner
 * who moved away or was removed no longer counts, whatever they completed.
 */
@Service
class AssignmentProgress {

	private final Assignments assignments;

	private final Enrolments enrolments;

	private final MongoTemplate mongo;

	private final Clock clock;

	AssignmentProgress(Assignments assignments, Enrolments enrolments, MongoTemplate mongo, Clock clock) {
		this.assignments = assignments;
		this.enrolments = enrolments;
		this.mongo = mongo;
		this.clock = clock;
	}

	CohortAssignments of(String cohortId) {
		Instant now = this.clock.instant();
		List<Assignment> open = this.assignments.openIn(cohortId);
		if (open.isEmpty()) {
			return new CohortAssignments(cohortId, now, List.of());
		}
		Set<String> members = membersOf(cohortId);
		Map<String, Map<String, Instant>> completions = firstCompletions(open);
		List<AssignmentStatus> statuses = open.stream()
			.map((assignment) -> status(assignment, learnersOf(assignment, members),
					completions.getOrDefault(assignment.assignmentId(), Map.of()), now))
			.toList();
		return new CohortAssignments(cohortId, now, statuses);
	}

	private Set<String> membersOf(String cohortId) {
		Set<String> members = new HashSet<>(this.enrolments.learnersOf(cohortId));
		Query inCohort = Query.query(Criteria.where("cohortId").is(cohortId));
		inCohort.fields().include("_id");
		this.mongo.find(inCohort, IdOnly.class, this.mongo.getCollectionName(LearnerProfile.class))
			.forEach((profile) -> members.add(profile.id()));
		return members;
	}

	/**
	 * The learners an assignment is for: the cohort's, or its one learner while they are
	 * in the cohort, or while the program has no enrolment of them to say otherwise.
	 */
	private Set<String> learnersOf(Assignment assignment, Set<String> members) {
		if (assignment.isForWholeCohort()) {
			return members;
		}
		boolean inCohort = members.contains(assignment.learnerId()) || this.enrolments.of(assignment.learnerId())
			.map(Enrolment::cohortId)
			.map(assignment.cohortId()::equals)
			.orElse(true);
		return inCohort ? Set.of(assignment.learnerId()) : Set.of();
	}

	/**
	 * Per assignment, each learner's earliest completion of a session started from it.
	 */
	private Map<String, Map<String, Instant>> firstCompletions(List<Assignment> assignments) {
		Query completed = Query.query(Criteria.where("assignmentId")
			.in(assignments.stream().map(Assignment::assignmentId).toList())
			.and("completedAt")
			.ne(null));
		Map<String, Map<String, Instant>> first = new HashMap<>();
		for (AssignedSession session : this.mongo.find(completed, AssignedSession.class)) {
			first.computeIfAbsent(session.assignmentId(), (id) -> new HashMap<>())
				.merge(session.learnerId(), session.completedAt(), (a, b) -> a.isBefore(b) ? a : b);
		}
		return first;
	}

	private static AssignmentStatus status(Assignment assignment, Set<String> learners,
			Map<String, Instant> completions, Instant now) {
		int onTime = 0;
		int late = 0;
		for (String learner : learners) {
			Instant completedAt = completions.get(learner);
			if (completedAt != null) {
				onTime += completedAt.isAfter(assignment.dueAt()) ? 0 : 1;
				late += completedAt.isAfter(assignment.dueAt()) ? 1 : 0;
			}
		}
		int notYetDone = learners.size() - onTime - late;
		int overdue = now.isAfter(assignment.dueAt()) ? notYetDone : 0;
		return new AssignmentStatus(assignment.assignmentId(), assignment.title(), assignment.mode(),
				assignment.roleTrack(), assignment.learnerId(), assignment.dueAt(), learners.size(), onTime, late,
				notYetDone, overdue);
	}

	/** A document read for its id alone. */
	record IdOnly(@Id String id) {

	}

}
