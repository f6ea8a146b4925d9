package io.readyroom.scoring.engine;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Whatever a learner submits gets a score and an explanation: an empty answer, a very
 * long one, another language, or no words at all.
 */
class BadInputTests {

	private static final String STORY_SENTENCE = "At my last job I called the recipient of a misdirected fax, "
			+ "reported it to our privacy officer and retrained the front desk within two weeks. ";

	private static final List<ScorableQuestion> QUESTIONS = List.of(SampleQuestions.recordsRequest(),
			SampleQuestions.privacyIncident(), SampleQuestions.knowOrganization());

	private static final ScoringEngine WORDING_ONLY = new ScoringEngine(new NoMeaning());

	private static final ScoringEngine BUNDLED_MODEL = ScoringEngine.withBundledModel();

	static Stream<Arguments> badAnswers() {
		List<String> answers = List.of("", "   \n\t ", "?!... --- ;;; ¿¡ …", "。！？",
				STORY_SENTENCE.repeat(10_000 / STORY_SENTENCE.length() + 1).substring(0, 10_000), "a".repeat(10_000),
				"En mi trabajo anterior verifiqué la identidad de la paciente con dos identificadores y revisé la "
						+ "autorización firmada antes de entregar los resultados.",
				"我在上一份工作中核实了来电者的身份，并检查了签署的授权书，然后只提供了所需的记录。", "HIPAA");
		return QUESTIONS.stream()
			.flatMap((question) -> answers.stream().map((answer) -> Arguments.of(question, answer)));
	}

	@ParameterizedTest
	@MethodSource("badAnswers")
	void badAnswerGetsAScoreAndFeedbackWithWordingOnly(ScorableQuestion question, String answer) {
		assertScoredAndExplained(question, WORDING_ONLY.score(question, answer));
	}

	@ParameterizedTest
	@MethodSource("badAnswers")
	void badAnswerGetsAScoreAndFeedbackWithTheBundledModel(ScorableQuestion question, String answer) {
		assertScoredAndExplained(question, BUNDLED_MODEL.score(question, answer));
	}

	private static void assertScoredAndExplained(ScorableQuestion question, ScoreReport report) {
		assertThat(report.score()).isBetween(0, 100);
		assertThat(report.criteria()).hasSameSizeAs(question.rubric().criteria());
		assertThat(report.feedback().structureTip()).isNotBlank();
		assertThat(report.feedback().hints().size() + report.feedback().strengths().size()).isPositive();
	}

}
