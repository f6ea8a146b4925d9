package io.readyroom.scoring.review;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import io.readyroom.scoring.engine.GradedExample;
import io.readyroom.scoring.feedback.AnswerFeedback;
import io.readyroom.scoring.feedback.FeedbackRecorder;

import org.springframework.stereotype.Service;

/**
 * Where each of a program's questions stands with its graded answers: how many it has,
 * how many its unreviewed answers' scores leaned on, and so whether re-scoring them is
 * due.
 */
@Service
class Calibrations {

	private final FeedbackRecorder feedback;

	private final AnswerReviews reviews;

	Calibrations(FeedbackRecorder feedback, AnswerReviews reviews) {
		this.feedback = feedback;
		this.reviews = reviews;
	}

	/** The program's answered questions, those due for re-scoring first. */
	List<QuestionCalibration> of(String programId) {
		ProgramReviews reviewed = this.reviews.ofProgram(programId);
		Map<String, List<AnswerFeedback>> answers;
		try (Stream<AnswerFeedback> all = this.feedback.streamOfProgram(programId)) {
			answers = all.collect(Collectors.groupingBy(AnswerFeedback::questionId, TreeMap::new, Collectors.toList()));
		}
		List<QuestionCalibration> questions = new ArrayList<>();
		answers.forEach((questionId, ofQuestion) -> {
			List<AnswerFeedback> unreviewed = ofQuestion.stream()
				.filter((answer) -> !reviewed.isReviewed(answer.answerId()))
				.toList();
			int leanedOn = unreviewed.stream().mapToInt(AnswerFeedback::gradedExamplesLeanedOn).min().orElse(0);
			questions.add(QuestionCalibration.of(questionId, ofQuestion.get(0).questionText(),
					reviewed.gradedExamples(questionId), GradedExample.ENOUGH_PER_QUESTION, leanedOn,
					unreviewed.size()));
		});
		questions.sort(Comparator.comparing(QuestionCalibration::rescoreDue).reversed());
		return questions;
	}

}
