package io.readyroom.scoring.engine.validity;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import io.readyroom.scoring.engine.GradedExample;
import io.readyroom.scoring.engine.ScorableQuestion;
import io.readyroom.scoring.engine.ScoringEngine;

/**
 * The shipped scorer calibrated by graded answers, as a program would calibrate it (issue
 * 14): every unseen-answers test question gets training answers to it as graded examples
 * (correct 100, otherwise 0), and an answer is called correct at a score of 50 or more,
 * half way between the two grades; nothing is fitted on the test split.
 *
 * <p>
 * Besides all of a question's training answers, the learning curve gives it 5, 10 and 20
 * of them, drawn at random ({@value #DRAWS} draws, seeded by question, count and draw),
 * and none: the scorer without examples, read with its cut-off fitted on the training
 * split as in the table of the shipped scorer.
 */
final class GradedExamplesEvaluation {

	static final int DRAWS = 5;

	static final List<Integer> CURVE = List.of(0, 5, 10, 20, Integer.MAX_VALUE);

	private static final int CORRECT = 100;

	private static final int CUT_OFF = 50;

	private final ScoringEngine engine;

	GradedExamplesEvaluation(ScoringEngine engine) {
		this.engine = engine;
	}

	/** Agreement with every training answer as a graded example. */
	String row(String corpus, List<SemEvalQuestion> training, List<SemEvalQuestion> unseenAnswers) {
		Agreement all = agreement(training, unseenAnswers, Integer.MAX_VALUE, 0, CUT_OFF);
		return String.format(Locale.ROOT, "| %s | unseen-answers | %d | %.3f / %.3f | %.3f |", corpus, all.n(),
				all.f1().weighted(), all.f1().macro(), all.r());
	}

	static String curveHeader() {
		return "| corpus | test split | n | "
				+ CURVE.stream().map(GradedExamplesEvaluation::label).collect(Collectors.joining(" | "))
				+ " |\n|---|---|---|" + "---|".repeat(CURVE.size());
	}

	/**
	 * 2-way weighted F1 / Pearson r with the 2-way label after each count of graded
	 * examples per question; for drawn counts the mean over the draws, and the lowest and
	 * highest weighted F1 among them.
	 * @param coldCutOff the score at which the scorer without examples calls an answer
	 * correct, fitted on the training split
	 */
	String curveRow(String corpus, List<SemEvalQuestion> training, List<SemEvalQuestion> unseenAnswers,
			int coldCutOff) {
		List<String> cells = new ArrayList<>();
		for (int count : CURVE) {
			int draws = (count == 0 || count == Integer.MAX_VALUE) ? 1 : DRAWS;
			List<Agreement> runs = IntStream.range(0, draws)
				.mapToObj(
						(draw) -> agreement(training, unseenAnswers, count, draw, (count == 0) ? coldCutOff : CUT_OFF))
				.toList();
			double f1 = runs.stream().mapToDouble((a) -> a.f1().weighted()).average().orElse(0);
			double r = runs.stream().mapToDouble(Agreement::r).average().orElse(0);
			String spread = (draws == 1) ? ""
					: String.format(Locale.ROOT, " (%.3f–%.3f)",
							runs.stream().mapToDouble((a) -> a.f1().weighted()).min().orElse(0),
							runs.stream().mapToDouble((a) -> a.f1().weighted()).max().orElse(0));
			cells.add(String.format(Locale.ROOT, "%.3f%s / %.3f", f1, spread, r));
		}
		return String.format(Locale.ROOT, "| %s | unseen-answers | %d | %s |", corpus,
				unseenAnswers.stream().mapToInt((q) -> q.answers().size()).sum(), String.join(" | ", cells));
	}

	private Agreement agreement(List<SemEvalQuestion> training, List<SemEvalQuestion> unseenAnswers, int count,
			int draw, int cutOff) {
		Map<String, SemEvalQuestion> byId = training.stream()
			.collect(Collectors.toMap(SemEvalQuestion::id, Function.identity()));
		List<Scored> scored = unseenAnswers.stream().flatMap((q) -> {
			ScorableQuestion scorable = q.asScorable().withGradedExamples(examples(byId.get(q.id()), count, draw));
			return q.answers().stream().map((a) -> new Scored(scorable, a, 0));
		})
			.toList()
			.parallelStream()
			.map((s) -> new Scored(s.question(), s.answer(),
					this.engine.score(s.question(), s.answer().text()).score()))
			.toList();
		List<String> gold = scored.stream().map((s) -> s.answer().twoWay()).toList();
		List<String> predicted = scored.stream().map((s) -> (s.score() >= cutOff) ? "correct" : "incorrect").toList();
		double r = Correlation.pearson(scored.stream().mapToDouble(Scored::score).toArray(),
				gold.stream().mapToDouble((g) -> g.equals("correct") ? 1 : 0).toArray());
		return new Agreement(gold.size(), F1Scores.of(gold, predicted), r);
	}

	/**
	 * {@code count} of the question's training answers, drawn at random, or all of them.
	 */
	private static List<GradedExample> examples(SemEvalQuestion training, int count, int draw) {
		if (training == null || count == 0) {
			return List.of();
		}
		List<LabelledAnswer> answers = new ArrayList<>(training.answers());
		if (count < answers.size()) {
			Collections.shuffle(answers, new Random(Objects.hash(training.id(), count, draw)));
			answers = answers.subList(0, count);
		}
		return answers.stream()
			.map((a) -> new GradedExample(a.text(), a.twoWay().equals("correct") ? CORRECT : 0))
			.toList();
	}

	private static String label(int count) {
		return ((count == Integer.MAX_VALUE) ? "all" : String.valueOf(count)) + " examples wF1 / r";
	}

	private record Scored(ScorableQuestion question, LabelledAnswer answer, int score) {

	}

	private record Agreement(int n, F1Scores f1, double r) {

	}

}
