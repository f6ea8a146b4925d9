package io.readyroom.scoring.evaluation;

import java.util.List;

import io.readyroom.contracts.CompetencyWeight;
import io.readyroom.contracts.CriterionResult;
import io.readyroom.contracts.RubricCriterion;
import io.readyroom.contracts.Verdict;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RubricEvaluatorTests {

	private static final List<RubricCriterion> CRITERIA = List.of(
			new RubricCriterion("verify-identity", "Verifies identity", 2.0,
					List.of("verify identity", "date of birth"), List.of("I verify identity.")),
			new RubricCriterion("document", "Documents the release", 1.0, List.of("document the release", "log"),
					List.of("I log it.")),
			new RubricCriterion("timeframe", "Meets the deadline", 1.0, List.of("30 days"),
					List.of("Within 30 days.")));

	private static final List<CompetencyWeight> COMPETENCIES = List
		.of(new CompetencyWeight("release-of-information", 1.0));

	private final RubricEvaluator evaluator = new RubricEvaluator();

	@Test
	void metKeyPointCitesTheLearnersOwnWords() {
		String answer = "First I would verify the caller's identity, then send the copy.";

		CriterionResult verify = this.evaluator.evaluate(answer, CRITERIA, COMPETENCIES).criteria().get(0);

		assertThat(verify.verdict()).isEqualTo(Verdict.MET);
		assertThat(verify.evidence()).isEqualTo("verify the caller's identity");
		assertThat(answer.substring(verify.evidenceStart(), verify.evidenceEnd())).isEqualTo(verify.evidence());
	}

	@Test
	void inflectedWordsMeetTheKeyPhrase() {
		String answer = "The release was documented after identities were verified.";

		List<CriterionResult> results = this.evaluator.evaluate(answer, CRITERIA, COMPETENCIES).criteria();

		assertThat(results.get(0).verdict()).isEqualTo(Verdict.MET);
		assertThat(results.get(1).verdict()).isEqualTo(Verdict.MET);
	}

	@Test
	void halfAPhraseIsPartial() {
		String answer = "I would check their birth certificate.";

		assertThat(this.evaluator.evaluate(answer, CRITERIA, COMPETENCIES).criteria().get(0).verdict())
			.isEqualTo(Verdict.PARTIAL);
	}

	@Test
	void missedKeyPointHasNoEvidence() {
		CriterionResult timeframe = this.evaluator.evaluate("I would verify identity.", CRITERIA, COMPETENCIES)
			.criteria()
			.get(2);

		assertThat(timeframe).isEqualTo(CriterionResult.missed("timeframe"));
	}

	@Test
	void scoreIsTheWeightedShareOfKeyPointsCovered() {
		String answer = "I verify identity and log every request.";

		Evaluation evaluation = this.evaluator.evaluate(answer, CRITERIA, COMPETENCIES);

		assertThat(evaluation.score()).isEqualTo(75);
		assertThat(evaluation.competencyScores()).singleElement()
			.satisfies((competency) -> assertThat(competency.score()).isEqualTo(75));
	}

	@Test
	void unrelatedAnswerScoresZero() {
		assertThat(this.evaluator.evaluate("I enjoy hiking on weekends.", CRITERIA, COMPETENCIES).score()).isZero();
	}

	@Test
	void sameAnswerAndRubricGiveTheSameEvaluation() {
		String answer = "I would verify identity with the date of birth and log it within 30 days.";

		assertThat(this.evaluator.evaluate(answer, CRITERIA, COMPETENCIES))
			.isEqualTo(this.evaluator.evaluate(answer, CRITERIA, COMPETENCIES));
	}

}
