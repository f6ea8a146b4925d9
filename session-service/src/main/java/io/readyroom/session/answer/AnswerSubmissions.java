package io.readyroom.session.answer;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import io.readyroom.contracts.AnswerSubmitted;
import io.readyroom.contracts.Topics;
import io.readyroom.session.practice.Backdating;
import io.readyroom.session.practice.PracticeSession;
import io.readyroom.session.practice.PracticeSessions;
import io.readyroom.session.practice.QuestionRef;
import io.readyroom.support.kafka.EventPublisher;
import io.readyroom.support.security.Caller;
import org.jspecify.annotations.Nullable;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

/**
 * Accepts a learner's answers in their own sessions; the event names the session's
 * learner, program and cohort, never what a request says. The answer is stored first,
 * then published and only then acknowledged: if Kafka does not take it the client gets an
 * error and retries with the same answer id, which publishes the stored event again.
 * Downstream, the answer id makes every copy count once.
 */
@Service
class AnswerSubmissions {

	private final SubmittedAnswerRepository answers;

	private final PracticeSessions sessions;

	private final EventPublisher events;

	private final Backdating backdating;

	AnswerSubmissions(SubmittedAnswerRepository answers, PracticeSessions sessions, EventPublisher events,
			Backdating backdating) {
		this.answers = answers;
		this.sessions = sessions;
		this.events = events;
		this.backdating = backdating;
	}

	/**
	 * @param answeredAt a past time to submit it at, or null for now
	 * @throws org.springframework.web.ErrorResponseException 404 when the session is not
	 * the caller's, before anything is looked at or stored; 400 when {@code answeredAt}
	 * is not accepted ({@link Backdating})
	 */
	Submission submit(Caller caller, String sessionId, String answerId, String questionId, String text,
			@Nullable Instant answeredAt) {
		PracticeSession session = this.sessions.ownedBy(caller, sessionId);
		Optional<SubmittedAnswer> earlier = this.answers.findById(answerId);
		if (earlier.isPresent()) {
			return retry(earlier.get(), session, questionId, text);
		}
		this.sessions.requireActive(session);
		QuestionRef question = session.planned(questionId)
			.orElseThrow(() -> AnswerProblems.questionNotInSession(questionId, sessionId));
		requireUnanswered(sessionId, questionId);
		Instant submittedAt = this.backdating.timeOf(answeredAt, "answeredAt", session);
		SubmittedAnswer answer = new SubmittedAnswer(
				new AnswerSubmitted(UUID.randomUUID().toString(), AnswerSubmitted.TYPE, AnswerSubmitted.SCHEMA_VERSION,
						submittedAt, answerId, sessionId, session.getLearnerId(), session.getProgramId(),
						session.getCohortId(), questionId, question.version(), text));
		try {
			this.answers.insert(answer);
		}
		catch (DuplicateKeyException concurrentSubmission) {
			return retry(this.answers.findById(answerId).orElseThrow(), session, questionId, text);
		}
		publish(answer);
		this.sessions.recordAnswer(session, questionId);
		return new Submission(answerId, false);
	}

	/**
	 * A second answer to the same question would count as more evidence of the same
	 * skill, so a session takes one; a retry of the same answer id is not a second answer
	 * and was let through before this.
	 */
	private void requireUnanswered(String sessionId, String questionId) {
		this.answers.findFirstBySessionIdAndQuestionId(sessionId, questionId).ifPresent((other) -> {
			throw AnswerProblems.questionAnswered(questionId, sessionId, other.answerId());
		});
	}

	private Submission retry(SubmittedAnswer earlier, PracticeSession session, String questionId, String text) {
		if (!earlier.sameAs(session.getId(), questionId, text)) {
			throw AnswerProblems.answerIdReused(earlier.answerId());
		}
		if (earlier.isPublished()) {
			return new Submission(earlier.answerId(), true);
		}
		publish(earlier);
		this.sessions.recordAnswer(session, questionId);
		return new Submission(earlier.answerId(), false);
	}

	private void publish(SubmittedAnswer answer) {
		this.events.publish(Topics.ANSWERS, answer.event());
		answer.markPublished();
		this.answers.save(answer);
	}

}
