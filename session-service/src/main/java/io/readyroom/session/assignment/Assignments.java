package io.readyroom.session.assignment;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

import io.readyroom.contracts.AssignmentChanged.Change;
import io.readyroom.contracts.SessionMode;
import io.readyroom.contracts.Topics;
import io.readyroom.session.assignment.CohortStaff.StaffedCohort;
import io.readyroom.support.kafka.EventPublisher;
import io.readyroom.support.security.Caller;
import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

/**
 * Assigns, changes and withdraws practice. Every change is stored, then published, and
 * only then answered; if Kafka does not take the event the change is undone and the
 * client gets an error, so what a client was told about is on the topic. Each stored
 * change moves the revision on by one, and only from the revision it was made on, so two
 * staff changing the same assignment at once cannot publish one revision twice.
 */
@Service
class Assignments {

	private final MongoTemplate mongo;

	private final CohortStaff staff;

	private final AssignmentRules rules;

	private final AssignmentProgress progress;

	private final EventPublisher events;

	private final Clock clock;

	Assignments(MongoTemplate mongo, CohortStaff staff, AssignmentRules rules, AssignmentProgress progress,
			EventPublisher events, Clock clock) {
		this.mongo = mongo;
		this.staff = staff;
		this.rules = rules;
		this.progress = progress;
		this.events = events;
		this.clock = clock;
	}

	AssignmentView assign(Caller caller, String cohortId, @Nullable String namedProgram, AssignRequest request) {
		StaffedCohort cohort = this.staff.require(caller, cohortId, namedProgram);
		SessionMode mode = this.rules.check(request, cohortId, cohort.learners());
		Assignment assignment = this.mongo
			.insert(new Assignment(UUID.randomUUID().toString(), cohort.programId(), cohortId, request.learnerId(),
					request.title().strip(), mode, request.roleTrack(), request.competencyIds(),
					request.questionCount(), request.dueAt(), 1, false, caller.id(), this.clock.instant()));
		try {
			this.events.publish(Topics.ASSIGNMENTS, assignment.event(Change.ASSIGNED, caller.id()));
		}
		catch (RuntimeException ex) {
			this.mongo.remove(assignment);
			throw ex;
		}
		return view(assignment);
	}

	List<AssignmentView> ofCohort(Caller caller, String cohortId, @Nullable String namedProgram) {
		StaffedCohort cohort = this.staff.require(caller, cohortId, namedProgram);
		Query ofCohort = Query.query(Criteria.where("programId").is(cohort.programId()).and("cohortId").is(cohortId));
		return this.progress.of(this.mongo.find(ofCohort.with(Sort.by("dueAt")), Assignment.class));
	}

	AssignmentView find(Caller caller, String assignmentId) {
		return view(managedBy(caller, assignmentId));
	}

	/** A new title or due date; a request that changes nothing publishes nothing. */
	AssignmentView change(Caller caller, String assignmentId, ChangeAssignmentRequest request) {
		if (request.title() == null && request.dueAt() == null) {
			throw AssignmentProblems.nothingToChange();
		}
		Assignment current = managedBy(caller, assignmentId);
		if (current.withdrawn()) {
			throw AssignmentProblems.withdrawn(assignmentId);
		}
		Assignment changed = current.changed((request.title() != null) ? request.title().strip() : current.title(),
				(request.dueAt() != null) ? request.dueAt() : current.dueAt());
		if (changed.title().equals(current.title()) && changed.dueAt().equals(current.dueAt())) {
			return view(current);
		}
		return view(store(current, changed, Change.CHANGED, caller));
	}

	/**
	 * Nobody is asked to do it any more; sessions started from it stay. Withdrawing it
	 * again changes nothing.
	 */
	AssignmentView withdraw(Caller caller, String assignmentId) {
		Assignment current = managedBy(caller, assignmentId);
		if (current.withdrawn()) {
			return view(current);
		}
		return view(store(current, current.withdraw(), Change.WITHDRAWN, caller));
	}

	/**
	 * What the learner is asked to do in their cohorts, theirs alone and the cohort's,
	 * those not done first, soonest due first.
	 */
	List<MyAssignment> mine(Caller learner) {
		if (learner.programId() == null || learner.cohortIds().isEmpty()) {
			return List.of();
		}
		List<Assignment> theirs = Stream
			.concat(inForce(learner, null).stream(), inForce(learner, learner.id()).stream())
			.toList();
		return this.progress.ofLearner(learner.id(), theirs)
			.stream()
			.sorted(Comparator.comparing((MyAssignment assignment) -> assignment.status().isDone())
				.thenComparing(MyAssignment::dueAt))
			.toList();
	}

	/**
	 * The assignment, for staff of its cohort. Another program's is unknown to them; one
	 * of their program's cohorts they do not coach is refused.
	 */
	private Assignment managedBy(Caller caller, String assignmentId) {
		Assignment assignment = Optional.ofNullable(this.mongo.findById(assignmentId, Assignment.class))
			.filter((found) -> caller.belongsTo(found.programId()))
			.orElseThrow(() -> AssignmentProblems.unknownAssignment(assignmentId));
		if (!caller.readsCohort(assignment.programId(), assignment.cohortId())) {
			throw AssignmentProblems.notYourAssignmentToManage(assignmentId, assignment.cohortId());
		}
		return assignment;
	}

	/**
	 * The learner's cohorts' assignments not withdrawn: those for the whole cohort when
	 * {@code learnerId} is null, else those for that learner alone.
	 */
	private List<Assignment> inForce(Caller learner, @Nullable String learnerId) {
		Criteria ofProgram = Criteria.where("programId").is(learner.programId());
		Criteria forThem = ofProgram.and("cohortId").in(learner.cohortIds()).and("learnerId").is(learnerId);
		return this.mongo.find(Query.query(forThem.and("withdrawn").is(false)), Assignment.class);
	}

	private Assignment store(Assignment current, Assignment next, Change change, Caller caller) {
		if (!replace(current, next)) {
			throw AssignmentProblems.changedMeanwhile(current.id());
		}
		try {
			this.events.publish(Topics.ASSIGNMENTS, next.event(change, caller.id()));
		}
		catch (RuntimeException ex) {
			replace(next, current);
			throw ex;
		}
		return next;
	}

	/** Replaces the stored state only if it is still {@code expected}'s revision. */
	private boolean replace(Assignment expected, Assignment replacement) {
		Query stillExpected = Query
			.query(Criteria.where("_id").is(expected.id()).and("revision").is(expected.revision()));
		return this.mongo.replace(stillExpected, replacement).getMatchedCount() == 1;
	}

	private AssignmentView view(Assignment assignment) {
		return this.progress.of(List.of(assignment)).get(0);
	}

}
