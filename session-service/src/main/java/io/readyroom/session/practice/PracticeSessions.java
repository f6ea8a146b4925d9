package io.readyroom.session.practice;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import io.readyroom.contracts.PracticeSessionCompleted;
import io.readyroom.contracts.PracticeSessionStarted;
import io.readyroom.contracts.Topics;
import io.readyroom.session.bank.BankQuestion;
import io.readyroom.session.bank.QuestionBank;
import io.readyroom.support.kafka.EventPublisher;

import org.springframework.stereotype.Service;

/** Starts, advances and completes practice sessions. */
@Service
public class PracticeSessions {

	private final PracticeSessionRepository sessions;

	private final QuestionBank bank;

	private final EventPublisher events;

	private final PracticeSessionProperties properties;

	private final Clock clock;

	PracticeSessions(PracticeSessionRepository sessions, QuestionBank bank, EventPublisher events,
			PracticeSessionProperties properties, Clock clock) {
		this.sessions = sessions;
		this.bank = bank;
		this.events = events;
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * Plans a session of bank questions for the role track, in an order seeded by the
	 * session id so it is reproducible, and announces it.
	 */
	public PracticeSession start(String learnerId, String cohortId, String roleTrack) {
		List<BankQuestion> candidates = new ArrayList<>(this.bank.forRoleTrack(roleTrack));
		if (candidates.isEmpty()) {
			throw SessionProblems.unknownRoleTrack(roleTrack, this.bank.roleTracks());
		}
		String sessionId = UUID.randomUUID().toString();
		Collections.shuffle(candidates, new Random(sessionId.hashCode()));
		List<QuestionRef> plan = candidates.stream()
			.limit(this.properties.questionsPerSession())
			.map((question) -> new QuestionRef(question.id(), question.version()))
			.toList();
		PracticeSession session = this.sessions
			.insert(new PracticeSession(sessionId, learnerId, cohortId, roleTrack, plan, this.clock.instant()));
		try {
			this.events.publish(Topics.PRACTICE_SESSIONS,
					PracticeSessionStarted.of(sessionId, learnerId, cohortId, roleTrack));
		}
		catch (RuntimeException ex) {
			this.sessions.delete(session);
			throw ex;
		}
		return session;
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
