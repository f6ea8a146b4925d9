package io.readyroom.scoring.engine;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Graded examples calibrate a question's scores once there are enough of them. */
class GradedExampleScoringTests {

	private static final String ANSWER = "I would confirm who is calling with two identifiers, check that a signed "
			+ "authorization is on file, and release only the records requested.";

	/** A program that grades this question harder than the rubric does. */
	private static final List<GradedExample> HARSH = List.of(
			new GradedExample("I confirm the caller's identity with two identifiers and check the authorization.", 45),
			new GradedExample("I check two identifiers, the signed authorization, and log the disclosure.", 55),
			new GradedExample("First I verify identity, then I release only the requested records.", 40),
			new GradedExample("I would just send the records.", 0),
			new GradedExample("I ask for the date of birth and then send the chart.", 15));

	private final ScoringEngine engine = ScoringEngine.withBundledModel();

	@Test
	void fewerExamplesThanTheMinimumLeaveTheRubricAlone() {
		ScorableQuestion question = SampleQuestions.recordsRequest();
		ScoreReport alone = this.engine.score(question, ANSWER);
		ScoreReport withFew = this.engine.score(question.withGradedExamples(HARSH.subList(0, 4)), ANSWER);

		assertThat(withFew.score()).isEqualTo(alone.score());
		assertThat(withFew.gradedExamples()).isNull();
	}

	@Test
	void harsherGradersPullTheScoreDownAndTheReportNamesTheNearestAnswers() {
		ScorableQuestion question = SampleQuestions.recordsRequest();
		ScoreReport alone = this.engine.score(question, ANSWER);
		ScoreReport calibrated = this.engine.score(question.withGradedExamples(HARSH), ANSWER);

		assertThat(calibrated.score()).isLessThan(alone.score());
		assertThat(calibrated.gradedExamples().examples()).isEqualTo(5);
		assertThat(calibrated.gradedExamples().rubricScore()).isGreaterThanOrEqualTo(alone.score());
		assertThat(calibrated.gradedExamples().nearest()).hasSize(CalibrationSettings.SHIPPED.nearest())
			.isSortedAccordingTo((a, b) -> Double.compare(b.similarity(), a.similarity()));
		assertThat(calibrated.gradedExamples().nearest().get(0).score()).isGreaterThanOrEqualTo(40);
	}

	@Test
	void examplesDoNotLiftAnAnswerWithARedFlag() {
		String unsafe = ANSWER + " If she sounded upset I would give the results over the phone right away.";
		List<GradedExample> generous = HARSH.stream().map((e) -> new GradedExample(e.answer(), 100)).toList();

		ScoreReport report = this.engine.score(SampleQuestions.recordsRequest().withGradedExamples(generous), unsafe);

		assertThat(report.redFlags()).isNotEmpty();
		assertThat(report.score()).isLessThanOrEqualTo((int) Math.round(100 * Penalty.RED_FLAG));
	}

}
