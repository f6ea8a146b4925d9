package io.readyroom.session.practice;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;

import io.readyroom.contracts.PracticeSessionCompleted;
import io.readyroom.contracts.PracticeSessionStarted;
import io.readyroom.contracts.Topics;
import io.readyroom.bank.CompetencyModel;
import io.readyroom.session.bank.QuestionCatalog;
import io.readyroom.session.bank.QuestionVersion;
import io.readyroom.session.program.ClosedCohorts;
import io.readyroom.support.kafka.EventPublisher;
import io.readyroom.support.security.Caller;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;
import org.springframework.web.ErrorResponseException;

/** Starts, advances and completes practice sessions. */
@Service
public class PracticeSessions {

	private final MongoTemplate mongo;

	private final QuestionCatalog catalog;

	private final CompetencyModel model;

	private final EventPublisher events;

	private final PracticeSessionProperties properties;

	private final WeakestCompetencies weakest;

	private final AssignedPractice assignments;

	private final ClosedCohorts closedCohorts;

	private final Backdating backdating;

	PracticeSessions(MongoTemplate mongo, QuestionCatalog catalog, CompetencyModel model, EventPublisher events,
			PracticeSessionProperties properties, WeakestCompetencies weakest, AssignedPractice assignments,
			ClosedCohorts closedCohorts, Backdating backdating) {
		this.mongo = mongo;
		this.catalog = catalog;
		this.model = model;
		this.events = events;
		this.properties = properties;
		this.weakest = weakest;
		this.assignments = assignments;
		this.closedCohorts = closedCohorts;
		this.backdating = backdating;
	}

	/**
	 * Starts the session the learner chose, or the one an assignment of theirs sets, in
	 * the cohort the request or the assignment names.
	 * @throws ErrorResponseException 404, 403 or 409 when the assignment is unknown, not
	 * the learner's or withdrawn
	 */
	PracticeSession start(Caller learner, StartSessionRequest request) {
		Instant startedAt = this.backdating.timeOf(request.startedAt(), "startedAt");
		if (request.assignmentId() == null) {
			return start(SessionOwner.of(learner, request.cohortId()),
					SessionChoice.of(request, this.properties.questionsPerSession()), startedAt);
		}
		AssignedPractice.Assigned assigned = this.assignments.of(learner, request.assignmentId());
		return start(SessionOwner.of(learner, assigned.cohortId()), SessionChoice.of(assigned, request), startedAt);
	}

	/**
	 * Plans a session for its owner from the current versions of the role track's
	 * questions (the shared bank's and the owner's program's own), drawn by the chosen
	 * mode with a seed taken from the session id so the plan is reproducible, and
	 * announces it, as started now or at the request's past {@code startedAt}.
	 */
	private PracticeSession start(SessionOwner owner, SessionChoice choice, Instant startedAt) {
		if (this.closedCohorts.contains(owner.programId(), owner.cohortId())) {
			throw SessionProblems.cohortClosed(owner.cohortId());
		}
		List<QuestionVersion> candidates = this.catalog.currentFor(owner.programId())
			.stream()
			.filter((question) -> question.roleTracks().contains(choice.roleTrack()))
			.toList();
		if (candidates.isEmpty()) {
			throw SessionProblems.unknownRoleTrack(choice.roleTrack(), roleTracks());
		}
		String sessionId = UUID.randomUUID().toString();
		List<QuestionRef> plan = draw(owner, choice, candidates, sessionId.hashCode()).stream()
			.map((question) -> new QuestionRef(question.questionId(), question.version()))
			.toList();
		if (plan.isEmpty()) {
			throw SessionProblems.noMatchingQuestions(choice.roleTrack());
		}
		PracticeSession session = this.mongo.insert(new PracticeSession(sessionId, owner.learnerId(), owner.cohortId(),
				choice.roleTrack(), owner.programId(), choice.mode(), plan, startedAt, choice.assignmentId()));
		try {
			this.events.publish(Topics.PRACTICE_SESSIONS,
					new PracticeSessionStarted(UUID.randomUUID().toString(), PracticeSessionStarted.TYPE,
							PracticeSessionStarted.SCHEMA_VERSION, startedAt, sessionId, owner.learnerId(),
							owner.programId(), owner.cohortId(), choice.roleTrack(), choice.mode(),
							choice.assignmentId()));
		}
		catch (RuntimeException ex) {
			this.mongo.remove(session);
			throw ex;
		}
		return session;
	}

	private List<QuestionVersion> draw(SessionOwner owner, SessionChoice choice, List<QuestionVersion> candidates,
			long seed) {
		int count = choice.questionCount();
		return switch (choice.mode()) {
			case MOCK_INTERVIEW -> QuestionDraw.mockInterview(candidates, count, seed);
			case PRACTICE_SET ->
				QuestionDraw.practiceSet(candidates, choice.types(), choice.difficulties(), count, seed);
			case TARGETED -> targeted(drilled(owner, choice), candidates, count, seed);
		};
	}

	/**
	 * The competencies an assignment names, in its order, or else the learner's weakest.
	 */
	private List<String> drilled(SessionOwner owner, SessionChoice choice) {
		return choice.competencyIds().isEmpty() ? this.weakest.of(owner.learnerId()) : choice.competencyIds();
	}

	/**
	 * Questions on the weakest competencies, those on the weakest first, in random order
	 * among equals.
	 */
	private static List<QuestionVersion> targeted(List<String> weakestFirst, List<QuestionVersion> candidates,
			int count, long seed) {
		List<QuestionVersion> shuffled = new java.util.ArrayList<>(candidates);
		java.util.Collections.shuffle(shuffled, new java.util.Random(seed));
		return shuffled.stream()
			.filter((question) -> rank(weakestFirst, question) < weakestFirst.size())
			.sorted(java.util.Comparator.comparingInt((QuestionVersion question) -> rank(weakestFirst, question)))
			.limit(count)
			.toList();
	}

	private static int rank(List<String> weakestFirst, QuestionVersion question) {
		return question.competencies()
			.stream()
			.mapToInt((weight) -> weakestFirst.indexOf(weight.competency()))
			.filter((index) -> index >= 0)
			.min()
			.orElse(weakestFirst.size());
	}

	private List<String> roleTracks() {
		return this.model.roleTracks().stream().map(CompetencyModel.RoleTrack::id).toList();
	}

	/**
	 * The session, for its learner or staff over them. To anyone else it is unknown: not
	 * even whether it exists is their business.
	 */
	PracticeSession readableBy(Caller caller, String sessionId) {
		return find(sessionId, (session) -> caller.readsLearner(session.getLearnerId(), session.getProgramId(),
				session.getCohortId()));
	}

	/** The caller's own session; anyone else's is unknown to them. */
	public PracticeSession ownedBy(Caller caller, String sessionId) {
		return find(sessionId, (session) -> caller.isLearner(session.getLearnerId()));
	}

	/** The caller's own session, if it still takes answers. */
	PracticeSession activeOwnedBy(Caller caller, String sessionId) {
		return requireActive(ownedBy(caller, sessionId));
	}

	/**
	 * The session, if it still takes answers.
	 * @throws ErrorResponseException 409 when the session is completed
	 */
	public PracticeSession requireActive(PracticeSession session) {
		if (!session.isActive()) {
			throw SessionProblems.sessionNotActive(session.getId());
		}
		return session;
	}

	private PracticeSession find(String sessionId, Predicate<PracticeSession> visible) {
		return Optional.ofNullable(this.mongo.findById(sessionId, PracticeSession.class))
			.filter(visible)
			.orElseThrow(() -> SessionProblems.unknownSession(sessionId));
	}

	/**
	 * Records that the session's question is answered; recording it again, as a resend of
	 * the answer does, changes nothing. A session no longer there has nothing to record.
	 */
	public void recordAnswer(String sessionId, String questionId) {
		// in place, no load and save: an answer recorded while the session completes is
		// not overwritten by the completion
		this.mongo.updateFirst(byId(sessionId), new Update().addToSet("answeredQuestionIds", questionId),
				PracticeSession.class);
	}

	/**
	 * Completes the caller's own session, now or at the request's past
	 * {@code completedAt}; completing a completed session changes nothing.
	 */
	PracticeSession complete(Caller caller, String sessionId, CompleteSessionRequest request) {
		PracticeSession session = ownedBy(caller, sessionId);
		if (session.isActive()) {
			Instant completedAt = this.backdating.timeOf(request.completedAt(), "completedAt", session);
			this.events.publish(Topics.PRACTICE_SESSIONS,
					new PracticeSessionCompleted(UUID.randomUUID().toString(), PracticeSessionCompleted.TYPE,
							PracticeSessionCompleted.SCHEMA_VERSION, completedAt, sessionId, session.getLearnerId(),
							session.getCohortId(), session.getAnsweredQuestionIds().size()));
			session.complete(completedAt);
			// in place, leaving the answered questions as they are
			this.mongo.updateFirst(byId(sessionId),
					Update.update("status", SessionStatus.COMPLETED).set("completedAt", completedAt),
					PracticeSession.class);
		}
		return session;
	}

	private static Query byId(String sessionId) {
		return Query.query(Criteria.where("_id").is(sessionId));
	}

}
