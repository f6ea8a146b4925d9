package io.readyroom.scoring.engine.validity;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.readyroom.scoring.engine.GradedExample;
import io.readyroom.scoring.engine.ScoringEngine;

/**
 * The shipped scorer calibrated by graded answers, as a program would calibrate it (issue
 * 14): every unseen-answers test question gets its training answers as graded examples
 * (correct 100, otherwise 0), and an answer is called correct at a combined score of 50
 * or more, half way between the two grades; nothing is fitted on the test split.
 */
final class GradedExamplesEvaluation {

	private static final int CORRECT = 100;

	private static final int CUT_OFF = 50;

	private final ScoringEngine engine;

	GradedExamplesEvaluation(ScoringEngine engine) {
		this.engine = engine;
	}

	String row(String corpus, List<SemEvalQuestion> training, List<SemEvalQuestion> unseenAnswers) {
		Map<String, SemEvalQuestion> byId = training.stream()
			.collect(Collectors.toMap(SemEvalQuestion::id, Function.identity()));
		List<Object[]> scored = unseenAnswers.stream()
			.flatMap((q) -> q.answers().stream().map((a) -> new Object[] { q, a }))
			.toList()
			.parallelStream()
			.map((pair) -> {
				SemEvalQuestion question = (SemEvalQuestion) pair[0];
				LabelledAnswer answer = (LabelledAnswer) pair[1];
				int score = this.engine
					.score(question.asScorable().withGradedExamples(examples(byId.get(question.id()))), answer.text())
					.score();
				return new Object[] { answer, score };
			})
			.toList();
		List<String> gold = scored.stream().map((s) -> ((LabelledAnswer) s[0]).twoWay()).toList();
		List<String> predicted = scored.stream().map((s) -> ((int) s[1] >= CUT_OFF) ? "correct" : "incorrect").toList();
		F1Scores f1 = F1Scores.of(gold, predicted);
		double r = Correlation.pearson(scored.stream().mapToDouble((s) -> (int) s[1]).toArray(),
				gold.stream().mapToDouble((g) -> g.equals("correct") ? 1 : 0).toArray());
		return String.format(Locale.ROOT, "| %s | unseen-answers | %d | %.3f / %.3f | %.3f |", corpus, gold.size(),
				f1.weighted(), f1.macro(), r);
	}

	private static List<GradedExample> examples(SemEvalQuestion training) {
		if (training == null) {
			return List.of();
		}
		return training.answers()
			.stream()
			.map((a) -> new GradedExample(a.text(), a.twoWay().equals("correct") ? CORRECT : 0))
			.toList();
	}

}
