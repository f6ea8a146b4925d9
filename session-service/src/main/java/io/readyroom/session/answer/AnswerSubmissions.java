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
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.readyroom.support.kafka.EventPublisher;
import io.readyroom.support.metrics.PipelineMeters;
import io.readyroom.support.security.Caller;
import org.jspecify.annotations.Nullable;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

/**
 * Accepts a learner's answers in their own sessions; the event names the session's
 * learner, program and cohort, never what a request says. The answer is stored first,
 * then published, then recorded on the session, and only then acknowledged. A client that
 * got no acknowledgement (an error, a lost connection, a service killed half way) sends
 * the same answer id again: the resend finishes whatever the first attempt did not
 * (publishing the very same stored event, recording it on the session) and gets the same
 * acknowledgement. Downstream, the answer id makes every copy count once.
 */
@Service
class AnswerSubmissions {

	private final MongoTemplate mongo;

	private final PracticeSessions sessions;

	private final EventPublisher events;

	private final Backdating backdating;

	private final Counter accepted;

	AnswerSubmissions(MongoTemplate mongo, PracticeSessions sessions, EventPublisher events, Backdating backdating,
			MeterRegistry registry) {
		this.mongo = mongo;
		this.sessions = sessions;
		this.events = events;
		this.backdating = backdating;
		this.accepted = PipelineMeters.answers("accepted", registry);
	}

	/**
	 * @param answeredAt a past time to submit it at, or null for now
	 * @return the acknowledgement, the same for the first submission and every resend of
	 * it
	 * @throws org.springframework.web.ErrorResponseException 404 when the session is not
	 * the caller's, before anything is looked at or stored; 409 when the answer id was
	 * used for a different answer or the question was answered under another answer id;
	 * 400 when {@code answeredAt} is not accepted ({@link Backdating})
	 */
	AnswerReceipt submit(Caller caller, String sessionId, String answerId, String questionId, String text,
			@Nullable Instant answeredAt) {
		PracticeSession session = this.sessions.ownedBy(caller, sessionId);
		// a resend may finish an answer whose session was completed meanwhile
		Optional<SubmittedAnswer> resent = session.isActive() ? Optional.empty()
				: Optional.ofNullable(this.mongo.findById(answerId, SubmittedAnswer.class));
		if (resent.isPresent()) {
			return resend(resent.get(), session, questionId, text);
		}
		this.sessions.requireActive(session);
		QuestionRef question = session.planned(questionId)
			.orElseThrow(() -> AnswerProblems.questionNotInSession(questionId, sessionId));
		Instant submittedAt = this.backdating.timeOf(answeredAt, "answeredAt", session);
		SubmittedAnswer answer = new SubmittedAnswer(
				new AnswerSubmitted(UUID.randomUUID().toString(), AnswerSubmitted.TYPE, AnswerSubmitted.SCHEMA_VERSION,
						submittedAt, answerId, sessionId, session.getLearnerId(), session.getProgramId(),
						session.getCohortId(), questionId, question.version(), text));
		try {
			// the store refuses a second answer under this id or to this session's
			// question
			this.mongo.insert(answer);
		}
		catch (DuplicateKeyException answeredBefore) {
			return answered(answerId, sessionId, questionId)
				.map((answered) -> resendOrRefuse(answered, session, answerId, questionId, text))
				.orElseThrow(() -> answeredBefore);
		}
		publish(answer);
		this.sessions.recordAnswer(sessionId, questionId);
		this.accepted.increment();
		return AnswerReceipt.accepted(answerId);
	}

	/** The answer stored under this id, else the one to this session's question. */
	private Optional<SubmittedAnswer> answered(String answerId, String sessionId, String questionId) {
		Criteria underId = Criteria.where("answerId").is(answerId);
		Criteria toQuestion = Criteria.where("sessionId").is(sessionId).and("questionId").is(questionId);
		return Optional.ofNullable(
				this.mongo.findOne(Query.query(new Criteria().orOperator(underId, toQuestion)), SubmittedAnswer.class));
	}

	/**
	 * A second answer to the same question would count as more evidence of the same
	 * skill, so a session takes one. The answer found may be this very one, sent before.
	 */
	private AnswerReceipt resendOrRefuse(SubmittedAnswer answered, PracticeSession session, String answerId,
			String questionId, String text) {
		if (!answered.answerId().equals(answerId)) {
			throw AnswerProblems.questionAnswered(questionId, session.getId(), answered.answerId());
		}
		return resend(answered, session, questionId, text);
	}

	private AnswerReceipt resend(SubmittedAnswer earlier, PracticeSession session, String questionId, String text) {
		if (!earlier.sameAs(session.getId(), questionId, text)) {
			throw AnswerProblems.answerIdReused(earlier.answerId());
		}
		if (!earlier.isPublished()) {
			publish(earlier);
		}
		this.sessions.recordAnswer(session.getId(), questionId);
		return AnswerReceipt.accepted(earlier.answerId());
	}

	/**
	 * Publishes an answer stored but never published nor resent
	 * ({@link StrandedAnswers}), and records it on its session as its submission would
	 * have.
	 */
	void finishStranded(SubmittedAnswer answer) {
		publish(answer);
		this.sessions.recordAnswer(answer.sessionId(), answer.questionId());
	}

	private void publish(SubmittedAnswer answer) {
		this.events.publish(Topics.ANSWERS, answer.event());
		// in place, without writing the whole answer again
		this.mongo.updateFirst(Query.query(Criteria.where("_id").is(answer.answerId())),
				Update.update("published", true), SubmittedAnswer.class);
	}

}
