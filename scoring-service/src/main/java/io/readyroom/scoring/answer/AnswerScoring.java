package io.readyroom.scoring.answer;

import java.util.List;

import io.readyroom.contracts.AnswerScored;
import io.readyroom.contracts.AnswerSubmitted;
import io.readyroom.contracts.Topics;
import io.readyroom.scoring.engine.ScoreReport;
import io.readyroom.scoring.engine.ScoringEngine;
import io.readyroom.scoring.feedback.FeedbackRecorder;
import io.readyroom.scoring.rubric.RubricVersion;
import io.readyroom.scoring.rubric.Rubrics;
import io.readyroom.scoring.rubric.ScorableQuestions;
import io.readyroom.support.kafka.EventPublisher;

import org.springframework.stereotype.Service;

/**
 * Scores answers under a rubric version and publishes the explained scores. Scoring is
 * deterministic, so scoring the same answer again publishes an equal score, which
 * analytics counts once.
 */
@Service
public class AnswerScoring {

	private final Rubrics rubrics;

	private final ScoringEngine engine;

	private final ReceivedAnswerRepository received;

	private final EventPublisher events;

	private final FeedbackRecorder feedback;

	AnswerScoring(Rubrics rubrics, ScoringEngine engine, ReceivedAnswerRepository received, EventPublisher events,
			FeedbackRecorder feedback) {
		this.rubrics = rubrics;
		this.engine = engine;
		this.received = received;
		this.events = events;
		this.feedback = feedback;
	}

	/**
	 * Keeps the answer for later re-scoring, scores it under the version it was asked
	 * with and keeps the feedback once the score is published.
	 */
	void score(AnswerSubmitted answer) {
		RubricVersion question = this.rubrics.find(answer.questionId(), answer.questionVersion())
			.orElseThrow(() -> new RubricNotKnownException(answer.questionId(), answer.questionVersion()));
		this.received.save(ReceivedAnswer.of(answer));
		AnswerScored score = scored(answer, question);
		this.events.publish(Topics.ANSWER_SCORES, score);
		this.feedback.record(score, answer.answerText(), question);
	}

	/**
	 * Scores every received answer to {@code question}'s question that was asked under
	 * this version or an older one again under this version and publishes the new scores,
	 * which supersede the old ones downstream.
	 * @return how many answers were re-scored
	 */
	public int rescore(RubricVersion question) {
		try (var answers = this.received.streamByQuestionId(question.questionId())) {
			List<AnswerSubmitted> rescored = answers
				.filter((answer) -> answer.event().questionVersion() <= question.version())
				.map(ReceivedAnswer::event)
				.toList();
			List<AnswerScored> scores = rescored.stream().map((answer) -> scored(answer, question)).toList();
			this.events.publishAll(Topics.ANSWER_SCORES, scores);
			for (int i = 0; i < scores.size(); i++) {
				this.feedback.record(scores.get(i), rescored.get(i).answerText(), question);
			}
			return scores.size();
		}
	}

	private AnswerScored scored(AnswerSubmitted answer, RubricVersion question) {
		ScoreReport report = this.engine.score(ScorableQuestions.of(question), answer.answerText());
		return AnswerScored.of(answer, question.version(), report.score(), report.competencyScores(),
				report.criterionResults(), ScoreExplanations.of(report), report.scorerVersion());
	}

}
