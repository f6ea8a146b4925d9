package io.readyroom.scoring.rubric;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import io.readyroom.bank.BankQuestion;
import io.readyroom.bank.SharedBank;
import io.readyroom.scoring.engine.ScorableQuestion;
import io.readyroom.scoring.engine.ScoreReport;
import io.readyroom.scoring.engine.ScoringEngine;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bank's own model answers are the strongest answers we have, so they keep the scorer
 * and the rubrics honest with each other: each must score well and raise no red flag, and
 * half of one must score below the whole.
 */
class BankModelAnswersTests {

	private static final ScoringEngine engine = ScoringEngine.withBundledModel();

	private static List<Scored> scored;

	@BeforeAll
	static void scoreEveryModelAnswerAndItsFirstHalf() {
		scored = SharedBank.load()
			.questions()
			.stream()
			.map((question) -> new Scored(question.id(), score(question, question.modelAnswer()),
					score(question, firstHalf(question.modelAnswer()))))
			.toList();
	}

	@Test
	void everyModelAnswerScoresWellAndRaisesNoRedFlag() {
		assertThat(scored).allSatisfy((question) -> {
			assertThat(question.whole().redFlags()).as(question.id()).isEmpty();
			assertThat(question.whole().score()).as(question.id()).isGreaterThanOrEqualTo(60);
		});
	}

	/**
	 * The exemplars are the words a good answer uses for each key point; a red flag that
	 * fires on them would punish exactly the answers the rubric asks for.
	 */
	@Test
	void theRubricsOwnExemplarsRaiseNoRedFlag() {
		List<String> flagged = SharedBank.load()
			.questions()
			.stream()
			.filter((question) -> !score(question, exemplarsOf(question)).redFlags().isEmpty())
			.map(BankQuestion::id)
			.toList();

		assertThat(flagged).isEmpty();
	}

	@Test
	void halfAModelAnswerScoresBelowTheWholeOnAverage() {
		double whole = scored.stream().mapToInt((question) -> question.whole().score()).average().orElseThrow();
		double half = scored.stream().mapToInt((question) -> question.half().score()).average().orElseThrow();

		assertThat(half).isLessThan(whole - 20);
	}

	private static ScoreReport score(BankQuestion question, String answer) {
		ScorableQuestion scorable = ScorableQuestions.of(question);
		return engine.score(scorable, answer);
	}

	private static String exemplarsOf(BankQuestion question) {
		return question.rubric()
			.criteria()
			.stream()
			.flatMap((criterion) -> criterion.exemplars().stream())
			.collect(Collectors.joining(" "));
	}

	private static String firstHalf(String answer) {
		String[] sentences = answer.split("(?<=\\.)\\s+");
		return String.join(" ", Arrays.copyOf(sentences, Math.max(1, sentences.length / 2)));
	}

	private record Scored(String id, ScoreReport whole, ScoreReport half) {
	}

}
