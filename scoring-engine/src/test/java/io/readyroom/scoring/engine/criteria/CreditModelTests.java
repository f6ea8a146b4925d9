package io.readyroom.scoring.engine.criteria;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CreditModelTests {

	@Test
	void closerMeaningEarnsMoreCreditContinuously() {
		double far = credit(0, 0.40, 0.40, 0.2, false);
		double near = credit(0, 0.60, 0.60, 0.2, false);
		double close = credit(0, 0.75, 0.75, 0.2, false);

		assertThat(far).isLessThan(near);
		assertThat(near).isLessThan(close);
		assertThat(near).isStrictlyBetween(0.0, 1.0);
	}

	@Test
	void moreOfTheExemplarsWordsEarnsMoreCredit() {
		assertThat(credit(0, 0.5, 0.5, 0.8, false)).isGreaterThan(credit(0, 0.5, 0.5, 0.2, false));
	}

	@Test
	void aContradictingSentenceIsNoEvidenceForAnAuthoredKeyPoint() {
		double affirmed = credit(0.4, 0.8, 0.8, 0.5, false);
		double contradicted = credit(0.4, 0.8, 0.3, 0.5, true);

		assertThat(contradicted).isLessThan(CriterionAssessor.PARTIAL);
		assertThat(affirmed).isGreaterThanOrEqualTo(CriterionAssessor.MET);
	}

	@Test
	void referenceAnswerModelKeepsAContradictingSentencesMeaning() {
		CriterionSignals signals = new CriterionSignals(0, 0.8, 0.2, 0.8, true);

		assertThat(CreditModel.REFERENCE_ANSWER.credit(signals)).isGreaterThan(CriterionAssessor.PARTIAL);
	}

	private static double credit(double wording, double meaning, double affirmedMeaning, double recall,
			boolean contradicts) {
		return CreditModel.AUTHORED_RUBRIC
			.credit(new CriterionSignals(wording, meaning, affirmedMeaning, recall, contradicts));
	}

}
