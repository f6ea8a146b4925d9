package io.readyroom.scoring.answer;

import io.readyroom.contracts.AnswerScored;
import io.readyroom.contracts.AnswerSubmitted;
import io.readyroom.contracts.Topics;
import io.readyroom.scoring.evaluation.Evaluation;
import io.readyroom.scoring.evaluation.RubricEvaluator;
import io.readyroom.scoring.rubric.RubricVersion;
import io.readyroom.scoring.rubric.Rubrics;
import io.readyroom.support.kafka.EventPublisher;

import org.springframework.stereotype.Service;

/**
 * Scores an answer under the rubric version it was asked with and publishes the result.
 * Scoring the same answer again publishes an equal score, which analytics counts once.
 */
@Service
class AnswerScoring {

	private final Rubrics rubrics;

	private final RubricEvaluator evaluator;

	private final EventPublisher events;

	AnswerScoring(Rubrics rubrics, RubricEvaluator evaluator, EventPublisher events) {
		this.rubrics = rubrics;
		this.evaluator = evaluator;
		this.events = events;
	}

	void score(AnswerSubmitted answer) {
		RubricVersion question = this.rubrics.find(answer.questionId(), answer.questionVersion())
			.orElseThrow(() -> new RubricNotKnownException(answer.questionId(), answer.questionVersion()));
		Evaluation evaluation = this.evaluator.evaluate(answer.answerText(), question.rubric().criteria(),
				question.competencies());
		this.events.publish(Topics.ANSWER_SCORES, AnswerScored.of(answer, question.version(), evaluation.score(),
				evaluation.competencyScores(), evaluation.criteria(), null, RubricEvaluator.VERSION));
	}

}
