package io.readyroom.scoring.engine;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import io.readyroom.scoring.engine.meaning.OnnxSentenceEmbedder;
import io.readyroom.scoring.engine.meaning.SentenceEmbedder;
import io.readyroom.scoring.engine.validity.Correlation;
import io.readyroom.scoring.engine.validity.F1Scores;
import io.readyroom.scoring.engine.validity.LabelledAnswer;
import io.readyroom.scoring.engine.validity.SemEvalCorpus;
import io.readyroom.scoring.engine.validity.SemEvalQuestion;
import io.readyroom.scoring.engine.validity.ValidityEvaluation;

/**
 * Chooses {@link CalibrationSettings#SHIPPED} by cross-validation on the SemEval-2013
 * <b>training</b> splits only (the test splits are never read): every training answer is
 * scored with graded examples drawn from the <em>other</em> training answers to its
 * question (correct 100, otherwise 0) and called correct at 50 or more, as
 * {@code GradedExamplesEvaluation} does on the test split. Example sets of 5, 10 and 20
 * answers ({@value #DRAWS} seeded draws each) and of all the others, on SciEntsBank and
 * Beetle; the settings with the best 2-way weighted F1, averaged over those eight cells,
 * win. The number of nearest examples stays three (the explanation names three examples),
 * so the winner is chosen among settings with three; the best with five and ten are
 * printed beside it. Each answer is scored by its rubric once; the grid then reruns only
 * the calibration.
 *
 * <p>
 * Usage, on the test classpath:
 * {@code java -cp … io.readyroom.scoring.engine.ExampleCalibrationSelection [path/to/semeval-3way.zip]}.
 */
final class ExampleCalibrationSelection {

	static final int DRAWS = 5;

	private static final List<Integer> EXAMPLE_COUNTS = List.of(5, 10, 20, Integer.MAX_VALUE);

	private static final List<Integer> NEAREST = List.of(3, 5, 10);

	private static final List<Double> SHARPNESS = List.of(1.0, 2.0, 3.0, 4.0, 6.0, 8.0);

	private static final List<Double> LINE_WEIGHT = List.of(0.25, 0.5, 1.0, 2.0);

	private static final List<Double> RUBRIC_PRIOR = List.of(5.0, 10.0, 20.0, 50.0);

	private static final int CUT_OFF = 50;

	private ExampleCalibrationSelection() {
	}

	public static void main(String[] args) {
		long started = System.nanoTime();
		SemEvalCorpus corpus = new SemEvalCorpus(ValidityEvaluation.locate(args));
		ScoringEngine engine = new ScoringEngine(OnnxSentenceEmbedder.shared());
		List<Cell> cells = new ArrayList<>();
		for (String name : List.of("sciEntsBank", "beetle")) {
			List<TrainingAnswer> answers = byRubric(engine, corpus.questions(name, "training"));
			EXAMPLE_COUNTS.forEach((count) -> cells.add(Cell.of(name, count, answers)));
		}
		List<Candidate> candidates = grid().parallelStream().map((s) -> Candidate.of(s, cells)).toList();
		List<Candidate> ranked = candidates.stream()
			.sorted(Comparator.comparingDouble(Candidate::meanF1).reversed())
			.toList();
		System.out.println("Leave-one-out on the training splits; cells: "
				+ cells.stream().map(Cell::label).collect(Collectors.joining(", ")));
		System.out.println(Candidate.header(cells));
		System.out.println(new Candidate(null, cells.stream().map((c) -> c.agreement(HeldOut::rubricAlone)).toList())
			.row("no examples: the rubric's score, called correct at 50 (compare r only)"));
		System.out.println(new Candidate(null, cells.stream().map((c) -> c.agreement(HeldOut::combined2_0_0)).toList())
			.row("2.0.0: half line (prior 5), half 3 nearest (similarity)"));
		ranked.stream().limit(10).forEach((c) -> System.out.println(c.row("")));
		for (int nearest : NEAREST) {
			System.out.println(ranked.stream()
				.filter((c) -> c.settings().nearest() == nearest)
				.findFirst()
				.orElseThrow()
				.row("best with " + nearest + " nearest"));
		}
		Candidate chosen = ranked.stream()
			.filter((c) -> c.settings().nearest() == CalibrationSettings.SHIPPED.nearest())
			.findFirst()
			.orElseThrow();
		System.out.println(chosen.row("chosen"));
		System.out.println(candidates.stream()
			.filter((c) -> c.settings().equals(CalibrationSettings.SHIPPED))
			.findFirst()
			.orElseThrow()
			.row("shipped"));
		System.out.printf(Locale.ROOT, "%d settings, %.0f s%n", candidates.size(), (System.nanoTime() - started) / 1e9);
	}

	private static List<CalibrationSettings> grid() {
		List<CalibrationSettings> grid = new ArrayList<>();
		for (int nearest : NEAREST) {
			for (double sharpness : SHARPNESS) {
				for (double lineWeight : LINE_WEIGHT) {
					for (double prior : RUBRIC_PRIOR) {
						grid.add(new CalibrationSettings(nearest, sharpness, lineWeight, prior));
					}
				}
			}
		}
		return grid;
	}

	private static List<TrainingAnswer> byRubric(ScoringEngine engine, List<SemEvalQuestion> questions) {
		return questions.stream().flatMap((q) -> {
			ScorableQuestion scorable = q.asScorable();
			return q.answers().stream().map((a) -> Map.entry(scorable, a));
		})
			.toList()
			.parallelStream()
			.map((pair) -> TrainingAnswer.of(pair.getKey(), pair.getValue(),
					engine.scoreByRubric(pair.getKey(), pair.getValue().text())))
			.toList();
	}

	/** A training answer as its rubric alone scored it. */
	record TrainingAnswer(String questionId, LabelledAnswer answer, double rubricScore, double penaltyFactor,
			float[] vector) {

		static TrainingAnswer of(ScorableQuestion question, LabelledAnswer answer, RubricScore scored) {
			return new TrainingAnswer(question.questionId(), answer, 100 * scored.raw(), scored.penaltyFactor(),
					scored.answerVector());
		}

		boolean correct() {
			return this.answer.twoWay().equals("correct");
		}

		GradedExample graded() {
			return new GradedExample(this.answer.text(), correct() ? 100 : 0);
		}

	}

	/** One training answer held out, and the graded examples it is scored with. */
	record HeldOut(TrainingAnswer answer, List<TrainingAnswer> examples, double[] similarities) {

		static HeldOut of(TrainingAnswer answer, List<TrainingAnswer> examples) {
			return new HeldOut(answer, examples,
					examples.stream()
						.mapToDouble((e) -> SentenceEmbedder.similarity(answer.vector(), e.vector()))
						.toArray());
		}

		double combined(CalibrationSettings settings) {
			return ExampleCalibration
				.fit(this.examples.stream().map(TrainingAnswer::graded).toList(),
						this.examples.stream().map(TrainingAnswer::vector).toList(), rubricScores(), settings)
				.apply(this.similarities, this.answer.rubricScore())
				.combined();
		}

		/** The scorer without examples, for comparison. */
		double rubricAlone() {
			return this.answer.rubricScore();
		}

		/** Scorer 2.0.0's blend, for comparison. */
		double combined2_0_0() {
			double[] grades = this.examples.stream().mapToDouble((e) -> e.correct() ? 100 : 0).toArray();
			double calibrated = CalibrationLine.fit(rubricScores(), grades, 5).apply(this.answer.rubricScore());
			List<Integer> nearest = IntStream.range(0, grades.length)
				.boxed()
				.sorted(Comparator.comparingDouble((Integer i) -> -this.similarities[i]))
				.limit(3)
				.toList();
			double weights = nearest.stream().mapToDouble((i) -> Math.max(0, this.similarities[i])).sum();
			double nearestScore = (weights == 0) ? calibrated
					: nearest.stream().mapToDouble((i) -> Math.max(0, this.similarities[i]) * grades[i]).sum()
							/ weights;
			return 0.5 * calibrated + 0.5 * nearestScore;
		}

		private double[] rubricScores() {
			return this.examples.stream().mapToDouble(TrainingAnswer::rubricScore).toArray();
		}

	}

	/** One corpus and example count: every training answer held out once per draw. */
	record Cell(String corpus, int count, List<List<HeldOut>> draws) {

		static Cell of(String corpus, int count, List<TrainingAnswer> answers) {
			Map<String, List<TrainingAnswer>> byQuestion = answers.stream()
				.collect(Collectors.groupingBy(TrainingAnswer::questionId));
			int draws = (count == Integer.MAX_VALUE) ? 1 : DRAWS;
			List<List<HeldOut>> all = IntStream.range(0, draws)
				.mapToObj((draw) -> answers.stream()
					.map((a) -> HeldOut.of(a, examplesFor(a, byQuestion.get(a.questionId()), count, draw)))
					.toList())
				.toList();
			return new Cell(corpus, count, all);
		}

		private static List<TrainingAnswer> examplesFor(TrainingAnswer answer, List<TrainingAnswer> question, int count,
				int draw) {
			List<TrainingAnswer> others = new ArrayList<>(question);
			others.remove(answer);
			if (count >= others.size()) {
				return others;
			}
			Collections.shuffle(others, new Random(Objects.hash(answer.answer().id(), count, draw)));
			return others.subList(0, count);
		}

		String label() {
			return this.corpus + " " + ((this.count == Integer.MAX_VALUE) ? "all" : String.valueOf(this.count));
		}

		/** Mean weighted F1 and Pearson r with the label over the draws. */
		double[] agreement(java.util.function.ToDoubleFunction<HeldOut> combined) {
			double f1 = 0;
			double r = 0;
			for (List<HeldOut> draw : this.draws) {
				double[] scores = draw.stream()
					.mapToDouble((h) -> Math.round(combined.applyAsDouble(h) * h.answer().penaltyFactor()))
					.toArray();
				List<String> gold = draw.stream().map((h) -> h.answer().answer().twoWay()).toList();
				f1 += F1Scores
					.of(gold,
							IntStream.range(0, scores.length)
								.mapToObj((i) -> (scores[i] >= CUT_OFF) ? "correct" : "incorrect")
								.toList())
					.weighted();
				r += Correlation.pearson(scores,
						gold.stream().mapToDouble((g) -> g.equals("correct") ? 1 : 0).toArray());
			}
			return new double[] { f1 / this.draws.size(), r / this.draws.size() };
		}

	}

	/** Settings and their agreement in every cell. */
	record Candidate(CalibrationSettings settings, List<double[]> cells) {

		static Candidate of(CalibrationSettings settings, List<Cell> cells) {
			return new Candidate(settings,
					cells.stream().map((c) -> c.agreement((h) -> h.combined(settings))).toList());
		}

		double meanF1() {
			return this.cells.stream().mapToDouble((c) -> c[0]).average().orElse(0);
		}

		double meanR() {
			return this.cells.stream().mapToDouble((c) -> c[1]).average().orElse(0);
		}

		static String header(List<Cell> cells) {
			return "| settings | mean wF1 | mean r | "
					+ cells.stream().map((c) -> c.label() + " wF1 / r").collect(Collectors.joining(" | ")) + " |";
		}

		String row(String note) {
			String name = (this.settings == null) ? note
					: String.format(Locale.ROOT, "%snearest %d, sharpness %.0f, line weight %.2f, prior %.0f",
							note.isEmpty() ? "" : note + ": ", this.settings.nearest(), this.settings.sharpness(),
							this.settings.lineWeight(), this.settings.rubricPrior());
			return String.format(Locale.ROOT, "| %s | %.4f | %.3f | %s |", name, meanF1(), meanR(),
					this.cells.stream()
						.map((c) -> String.format(Locale.ROOT, "%.3f / %.3f", c[0], c[1]))
						.collect(Collectors.joining(" | ")));
		}

	}

}
