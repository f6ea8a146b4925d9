package io.readyroom.session.assignment;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BinaryOperator;
import java.util.stream.Collectors;

import io.readyroom.session.practice.SessionHistory;
import io.readyroom.session.practice.SessionHistory.AssignedSession;

import org.springframework.stereotype.Component;

/**
 * Who has done which assignment, from the sessions started from it: a learner's first
 * completed session completes it for them.
 */
@Component
class AssignmentProgress {

	private static final BinaryOperator<AssignedSession> FIRST = BinaryOperator
		.minBy(Comparator.comparing(AssignedSession::completedAt));

	private final SessionHistory history;

	private final CohortRoster roster;

	private final Clock clock;

	AssignmentProgress(SessionHistory history, CohortRoster roster, Clock clock) {
		this.history = history;
		this.roster = roster;
		this.clock = clock;
	}

	/**
	 * Each assignment with every learner it is for: its one learner, or the cohort's
	 * learners as far as they are known, and anyone who completed it.
	 */
	List<AssignmentView> of(List<Assignment> assignments) {
		Map<String, Map<String, AssignedSession>> firsts = firstCompletions(
				this.history.completedFrom(assignments.stream().map(Assignment::id).toList()));
		Instant now = this.clock.instant();
		Map<String, Set<String>> rosters = new HashMap<>();
		return assignments.stream()
			.map((assignment) -> viewOf(assignment, firsts.getOrDefault(assignment.id(), Map.of()), rosters, now))
			.toList();
	}

	private AssignmentView viewOf(Assignment assignment, Map<String, AssignedSession> done,
			Map<String, Set<String>> rosters, Instant now) {
		Set<String> learners = new TreeSet<>();
		if (assignment.learnerId() != null) {
			learners.add(assignment.learnerId());
		}
		else {
			learners.addAll(rosters.computeIfAbsent(assignment.cohortId(),
					(cohort) -> this.roster.learnersOf(assignment.programId(), cohort).orElse(Set.of())));
			learners.addAll(done.keySet());
		}
		return AssignmentView.of(assignment,
				learners.stream()
					.map((learner) -> LearnerCompletion.of(learner, assignment.dueAt(), done.get(learner), now))
					.toList());
	}

	/** The assignments as the learner sees them. */
	List<MyAssignment> ofLearner(String learnerId, List<Assignment> assignments) {
		Map<String, AssignedSession> firsts = this.history
			.completedBy(learnerId, assignments.stream().map(Assignment::id).toList())
			.stream()
			.collect(Collectors.toMap(AssignedSession::assignmentId, (session) -> session, FIRST));
		Instant now = this.clock.instant();
		return assignments.stream()
			.map((assignment) -> MyAssignment.of(assignment,
					LearnerCompletion.of(learnerId, assignment.dueAt(), firsts.get(assignment.id()), now)))
			.toList();
	}

	private static Map<String, Map<String, AssignedSession>> firstCompletions(List<AssignedSession> completed) {
		return completed.stream()
			.collect(Collectors.groupingBy(AssignedSession::assignmentId,
					Collectors.toMap(AssignedSession::learnerId, (session) -> session, FIRST)));
	}

}
