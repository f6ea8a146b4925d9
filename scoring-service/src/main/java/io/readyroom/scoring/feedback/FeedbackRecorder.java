package io.readyroom.scoring.feedback;

import java.util.Optional;
import java.util.stream.Stream;

import io.readyroom.contracts.AnswerScored;
import io.readyroom.scoring.engine.ScoreReport;
import io.readyroom.scoring.rubric.RubricVersion;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

/**
 * Keeps each answer's feedback for the learner and their coaches, and finds it again. A
 * re-score under a newer rubric version replaces it; a late redelivery of an older one
 * does not.
 */
@Service
public class FeedbackRecorder {

	private final AnswerFeedbackRepository feedback;

	private final MongoTemplate mongo;

	FeedbackRecorder(AnswerFeedbackRepository feedback, MongoTemplate mongo) {
		this.feedback = feedback;
		this.mongo = mongo;
	}

	/**
	 * @param report the engine's report the event was made from, for what the event does
	 * not carry: how sure the scorer was
	 */
	public void record(AnswerScored scored, ScoreReport report, String answerText, RubricVersion question) {
		Optional<AnswerFeedback> stored = this.feedback.findById(scored.answerId());
		if (stored.isEmpty() || stored.get().questionVersion() <= scored.questionVersion()) {
			this.feedback.save(AnswerFeedback.of(scored, report, answerText, question));
		}
	}

	/** The feedback kept on an answer, if it has been scored. */
	public Optional<AnswerFeedback> find(String answerId) {
		return this.feedback.findById(answerId);
	}

	/** The program's scored answers. */
	public Stream<AnswerFeedback> streamOfProgram(String programId) {
		return this.mongo.stream(Query.query(Criteria.where("programId").is(programId)), AnswerFeedback.class);
	}

}
