package io.readyroom.scoring.engine;

import java.util.List;

import io.readyroom.scoring.engine.quality.AnswerFlags;
import io.readyroom.scoring.engine.structure.RedFlagHit;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PenaltyTests {

	private static final RedFlagHit SHARED_LOGIN = new RedFlagHit("shared-credentials", "Shares a login", "my login", 0,
			8);

	@Test
	void harmlessCompleteAnswerKeepsItsScore() {
		Penalty penalty = Penalty.of(List.of(), AnswerFlags.NONE);

		assertThat(penalty.factor()).isEqualTo(1.0);
		assertThat(penalty.reasons()).isEmpty();
	}

	@Test
	void redFlagLeavesAtMostAFifthAndSaysWhy() {
		Penalty penalty = Penalty.of(List.of(SHARED_LOGIN), AnswerFlags.NONE);

		assertThat(penalty.factor()).isEqualTo(Penalty.RED_FLAG);
		assertThat(penalty.reasons()).singleElement().asString().contains("red flag").contains("my login");
	}

	@Test
	void faultsScaleSoTheBetterOfTwoFaultyAnswersStaysAhead() {
		Penalty penalty = Penalty.of(List.of(SHARED_LOGIN), AnswerFlags.NONE);

		assertThat(0.9 * penalty.factor()).isGreaterThan(0.5 * penalty.factor());
		assertThat(penalty.factor()).isGreaterThan(0);
	}

	@Test
	void tooShortAnswerKeepsMoreTheCloserItComesToTheLengthNeeded() {
		Penalty shortest = Penalty.of(List.of(), new AnswerFlags(true, false, false, 0.1));
		Penalty nearly = Penalty.of(List.of(), new AnswerFlags(true, false, false, 0.9));

		assertThat(shortest.factor()).isGreaterThanOrEqualTo(Penalty.SHORTEST).isLessThan(nearly.factor());
		assertThat(nearly.factor()).isLessThan(1.0);
	}

	@Test
	void keywordListKeepsAQuarter() {
		assertThat(Penalty.of(List.of(), new AnswerFlags(false, false, true, 1)).factor())
			.isEqualTo(Penalty.KEYWORD_LIST);
	}

}
