package io.readyroom.scoring.engine;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiFunction;

/**
 * Lets a question's graded examples shape its scores once it has enough of them: the
 * rubric's score, calibrated to the graders' and corrected by the nearest graded answers
 * ({@link ExampleCalibration}), then lowered by the answer's faults as before, so a red
 * flag still keeps an answer below any harmless one. Each question's calibration is
 * fitted once, by scoring its examples with the rubric alone, and cached.
 */
final class GradedExampleScoring {

	/**
	 * Fewer examples than this leave the rubric alone: a line through two or three grades
	 * follows whichever grader was harshest, and the nearest of three answers is rarely
	 * near.
	 */
	static final int MIN_EXAMPLES = 5;

	private static final int MAX_CACHED_QUESTIONS = 4096;

	private final Map<ScorableQuestion, ExampleCalibration> calibrations = new ConcurrentHashMap<>();

	private final BiFunction<ScorableQuestion, String, RubricScore> rubric;

	/**
	 * @param rubric scores an answer with a question's rubric alone
	 */
	GradedExampleScoring(BiFunction<ScorableQuestion, String, RubricScore> rubric) {
		this.rubric = rubric;
	}

	ScoreReport lean(ScorableQuestion question, RubricScore scored) {
		if (question.gradedExamples().size() < MIN_EXAMPLES) {
			return scored.report();
		}
		if (this.calibrations.size() >= MAX_CACHED_QUESTIONS) {
			this.calibrations.clear();
		}
		GradedExamplesUsed used = this.calibrations.computeIfAbsent(question, this::fit)
			.apply(scored.answerVector(), 100 * scored.raw());
		return scored.report().leaningOn((int) Math.round(used.combined() * scored.penaltyFactor()), used);
	}

	private ExampleCalibration fit(ScorableQuestion question) {
		ScorableQuestion byRubric = question.withoutGradedExamples();
		List<GradedExample> examples = question.gradedExamples();
		List<RubricScore> scored = examples.stream().map((e) -> this.rubric.apply(byRubric, e.answer())).toList();
		return ExampleCalibration.fit(examples, scored.stream().map(RubricScore::answerVector).toList(),
				scored.stream().mapToDouble((s) -> 100 * s.raw()).toArray(), CalibrationSettings.SHIPPED);
	}

}
