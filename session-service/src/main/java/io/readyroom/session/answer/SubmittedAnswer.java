package io.readyroom.session.answer;

import java.time.Instant;

import io.readyroom.contracts.AnswerSubmitted;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * An answer as received, keyed by the client's answer id. It keeps the event it is
 * published as, so a retry re-publishes the very same event, and whether Kafka has
 * acknowledged it.
 */
@Document("answers")
@CompoundIndex(name = "one_answer_per_question", def = "{ 'sessionId': 1, 'questionId': 1 }", unique = true)
@CompoundIndex(name = "by_program_and_time", def = "{ 'programId': 1, 'submittedAt': 1 }")
class SubmittedAnswer {

	@Id
	private String answerId;

	private String eventId;

	private Instant submittedAt;

	private String sessionId;

	private String learnerId;

	private String programId;

	private String cohortId;

	private String questionId;

	private int questionVersion;

	/** {@code null} once the program's retention period for answer text has passed. */
	private String text;

	@Indexed
	private boolean published;

	protected SubmittedAnswer() {
	}

	SubmittedAnswer(AnswerSubmitted event) {
		this.answerId = event.answerId();
		this.eventId = event.eventId();
		this.submittedAt = event.occurredAt();
		this.sessionId = event.sessionId();
		this.learnerId = event.learnerId();
		this.programId = event.programId();
		this.cohortId = event.cohortId();
		this.questionId = event.questionId();
		this.questionVersion = event.questionVersion();
		this.text = event.answerText();
	}

	AnswerSubmitted event() {
		return new AnswerSubmitted(this.eventId, AnswerSubmitted.TYPE, AnswerSubmitted.SCHEMA_VERSION, this.submittedAt,
				this.answerId, this.sessionId, this.learnerId, this.programId, this.cohortId, this.questionId,
				this.questionVersion, this.text);
	}

	/**
	 * Whether a retry carries the same answer as this one, not a different one under a
	 * reused id.
	 */
	boolean sameAs(String sessionId, String questionId, String text) {
		// once the text has expired, the answer id alone must do
		return this.sessionId.equals(sessionId) && this.questionId.equals(questionId)
				&& (this.text == null || this.text.equals(text));
	}

	boolean isPublished() {
		return this.published;
	}

	String answerId() {
		return this.answerId;
	}

	String learnerId() {
		return this.learnerId;
	}

	String sessionId() {
		return this.sessionId;
	}

	String questionId() {
		return this.questionId;
	}

}
