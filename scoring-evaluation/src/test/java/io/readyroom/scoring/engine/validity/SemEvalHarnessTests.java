package io.readyroom.scoring.engine.validity;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The evaluation harness reads the SemEval format and computes F1 as the task defines it.
 */
class SemEvalHarnessTests {

	@Test
	void parsesQuestionReferencesAndLabelsWithTheBestReferenceFirst() throws Exception {
		String xml = """
				<?xml version="1.0"?>
				<question id="BULB_ONLY_EXPLAIN_WHY4" module="FaultFinding">
				  <questionText>Explain why you got a voltage reading of 0.</questionText>
				  <referenceAnswers>
				    <referenceAnswer category="GOOD" id="r2">Terminals 1 and 4 are not separated by the gap</referenceAnswer>
				    <referenceAnswer category="BEST" id="r1">Terminals 1 and 4 are connected</referenceAnswer>
				  </referenceAnswers>
				  <studentAnswers>
				    <studentAnswer id="s1" accuracy="correct">they are connected</studentAnswer>
				    <studentAnswer id="s2" accuracy="incorrect">the bulb is broken</studentAnswer>
				  </studentAnswers>
				</question>
				""";

		SemEvalQuestion question = SemEvalCorpus.parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)),
				Map.of("s2", "contradictory"));

		assertThat(question.text()).isEqualTo("Explain why you got a voltage reading of 0.");
		assertThat(question.references()).containsExactly("Terminals 1 and 4 are connected",
				"Terminals 1 and 4 are not separated by the gap");
		assertThat(question.answers()).containsExactly(
				new LabelledAnswer("s1", "they are connected", "correct", "correct"),
				new LabelledAnswer("s2", "the bulb is broken", "incorrect", "contradictory"));
	}

	@Test
	void weightedAndMacroF1FollowTheirDefinitions() {
		List<String> gold = List.of("correct", "correct", "correct", "incorrect");
		List<String> predicted = List.of("correct", "correct", "incorrect", "incorrect");

		F1Scores scores = F1Scores.of(gold, predicted);

		// correct: P 1, R 2/3, F1 0.8; incorrect: P 0.5, R 1, F1 2/3
		assertThat(scores.macro()).isCloseTo((0.8 + 2.0 / 3) / 2, within(1e-9));
		assertThat(scores.weighted()).isCloseTo(0.8 * 0.75 + 2.0 / 3 * 0.25, within(1e-9));
		assertThat(scores.accuracy()).isEqualTo(0.75);
	}

	@Test
	void logisticRegressionSeparatesSeparableClasses() {
		List<double[]> features = List.of(new double[] { 0.1 }, new double[] { 0.2 }, new double[] { 0.8 },
				new double[] { 0.9 });
		List<String> labels = List.of("incorrect", "incorrect", "correct", "correct");

		LogisticRegression model = LogisticRegression.fit(features, labels, List.of("correct", "incorrect"));

		assertThat(model.predict(new double[] { 0.15 })).isEqualTo("incorrect");
		assertThat(model.predict(new double[] { 0.85 })).isEqualTo("correct");
	}

}
