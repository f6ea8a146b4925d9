package io.readyroom.scoring.feedback;

import java.util.List;
import java.util.Map;

import io.readyroom.contracts.CompetencyWeight;
import io.readyroom.contracts.QuestionType;
import io.readyroom.contracts.RedFlag;
import io.readyroom.contracts.Rubric;
import io.readyroom.contracts.RubricCriterion;
import io.readyroom.contracts.RubricStructure;
import io.readyroom.scoring.engine.ScorableQuestion;
import io.readyroom.scoring.engine.ScoringEngine;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class ScorerDoubtTests {

	private static final ScorableQuestion QUESTION = new ScorableQuestion("q-phone", 1,
			"A caller asks for her mother's lab results over the phone. What do you do?", QuestionType.SITUATIONAL,
			List.of(new CompetencyWeight("release-of-information", 1.0)),
			new Rubric(RubricStructure.FREE,
					List.of(new RubricCriterion("verify-identity", "Verifies who is asking", 1.0,
							List.of("verify the caller's identity", "two identifiers"),
							List.of("I verify the caller's identity with two identifiers.")),
							new RubricCriterion("check-authorization", "Checks she may receive them", 1.0,
									List.of("authorization on file", "personal representative"),
									List.of("I check whether an authorization is on file for her."))),
					List.of(new RedFlag("discloses-without-verification",
							"Shares health information before verifying who is asking",
							List.of("give the results over the phone right away")))),
			"I verify the caller's identity with two identifiers and check for an authorization on file.");

	private static final Map<String, String> DESCRIPTIONS = Map.of("verify-identity", "Verifies who is asking",
			"check-authorization", "Checks she may receive them");

	private static ScoringEngine engine;

	@BeforeAll
	static void loadEngine() {
		engine = ScoringEngine.withBundledModel();
	}

	@Test
	void aRedFlagPutsTheAnswerInFrontOfAPerson() {
		ScorerDoubt doubt = ScorerDoubt
			.of(engine.score(QUESTION, "I would give the results over the phone right away."), DESCRIPTIONS);

		assertThat(doubt.reasons()).contains("Red flag: Shares health information before verifying who is asking");
		assertThat(doubt.level()).isGreaterThanOrEqualTo(0.6);
	}

	@Test
	void aClearlyCompleteAnswerLeavesLittleDoubt() {
		ScorerDoubt doubt = ScorerDoubt.of(engine.score(QUESTION,
				"First I verify the caller's identity with two identifiers. Then I check whether an authorization "
						+ "is on file that lets her receive her mother's results, and only then do I share them."),
				DESCRIPTIONS);

		assertThat(doubt.reasons()).noneMatch((reason) -> reason.startsWith("Red flag"));
		assertThat(doubt.level()).isLessThan(0.6);
	}

	@Test
	void doubtsAddUpWithoutPassingOne() {
		ScorerDoubt doubt = ScorerDoubt.NONE.plus(0.6, "red flag").plus(0.5, "borderline").plus(0.9, "unreadable");

		assertThat(doubt.level()).isCloseTo(1 - 0.4 * 0.5 * 0.1, within(1e-9));
		assertThat(doubt.reasons()).containsExactly("red flag", "borderline", "unreadable");
	}

}
