package io.readyroom.session.practice;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import io.readyroom.contracts.PracticeSessionCompleted;
import io.readyroom.contracts.PracticeSessionStarted;
import io.readyroom.contracts.Topics;
import io.readyroom.bank.CompetencyModel;
import io.readyroom.session.bank.QuestionCatalog;
import io.readyroom.session.bank.QuestionVersion;
import io.readyroom.support.kafka.EventPublisher;

import org.springframework.stereotype.Service;

/** Starts, advances and completes practice sessions. */
@Service
public class PracticeSessions {

	private final PracticeSessionRepository sessions;

	private final QuestionCatalog catalog;

	private final CompetencyModel model;

	private final EventPublisher events;

	private final PracticeSessionProperties properties;

	private final WeakestCompetencies weakest;

	private final Clock clock;

	PracticeSessions(PracticeSessionRepository sessions, QuestionCatalog catalog, CompetencyModel model,
			EventPublisher events, PracticeSessionProperties properties, WeakestCompetencies weakest, Clock clock) {
		this.sessions = sessions;
		this.catalog = catalog;
		this.model = model;
		this.events = events;
		this.properties = properties;
		this.weakest = weakest;
		this.clock = clock;
	}

	/**
	 * Plans a session from the current versions of the role track's questions (the shared
	 * bank's and the program's own), drawn by the request's mode with a seed taken from
	 * the session id so the plan is reproducible, and announces it.
	 */
	PracticeSession start(StartSessionRequest request) {
		List<QuestionVersion> candidates = this.catalog.currentFor(request.programId())
			.stream()
			.filter((question) -> question.roleTracks().contains(request.roleTrack()))
			.toList();
		if (candidates.isEmpty()) {
			throw SessionProblems.unknownRoleTrack(request.roleTrack(), roleTracks());
		}
		String sessionId = UUID.randomUUID().toString();
		List<QuestionRef> plan = draw(request, candidates, sessionId.hashCode()).stream()
			.map((question) -> new QuestionRef(question.questionId(), question.version()))
			.toList();
		if (plan.isEmpty()) {
			throw SessionProblems.noMatchingQuestions(request.roleTrack());
		}
		PracticeSession session = this.sessions
			.insert(new PracticeSession(sessionId, request.learnerId(), request.cohortId(), request.roleTrack(),
					request.programId(), request.mode(), plan, this.clock.instant()));
		try {
			this.events.publish(Topics.PRACTICE_SESSIONS, PracticeSessionStarted.of(sessionId, request.learnerId(),
					request.programId(), request.cohortId(), request.roleTrack(), request.mode()));
		}
		catch (RuntimeException ex) {
			this.sessions.delete(session);
			throw ex;
		}
		return session;
	}

	private List<QuestionVersion> draw(StartSessionRequest request, List<QuestionVersion> candidates, long seed) {
		int count = (request.questionCount() != null) ? request.questionCount() : this.properties.questionsPerSession();
		return switch (request.mode()) {
			case MOCK_INTERVIEW -> QuestionDraw.mockInterview(candidates, count, seed);
			case PRACTICE_SET ->
				QuestionDraw.practiceSet(candidates, request.types(), request.difficulties(), count, seed);
			case TARGETED -> targeted(this.weakest.of(request.learnerId()), candidates, count, seed);
		};
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

	public PracticeSession find(String sessionId) {
		return this.sessions.findById(sessionId).orElseThrow(() -> SessionProblems.unknownSession(sessionId));
	}

	/** The session, if it still takes answers. */
	public PracticeSession findActive(String sessionId) {
		PracticeSession session = find(sessionId);
		if (!session.isActive()) {
			throw SessionProblems.sessionNotActive(sessionId);
		}
		return session;
	}

	public void recordAnswer(PracticeSession session, String questionId) {
		session.recordAnswer(questionId);
		this.sessions.save(session);
	}

	/** Completes the session; completing a completed session changes nothing. */
	public PracticeSession complete(String sessionId) {
		PracticeSession session = find(sessionId);
		if (session.isActive()) {
			this.events.publish(Topics.PRACTICE_SESSIONS, PracticeSessionCompleted.of(sessionId, session.getLearnerId(),
					session.getCohortId(), session.getAnsweredQuestionIds().size()));
			session.complete(this.clock.instant());
			this.sessions.save(session);
		}
		return session;
	}

}
