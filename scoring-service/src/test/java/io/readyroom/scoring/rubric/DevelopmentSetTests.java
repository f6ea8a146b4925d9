package io.readyroom.scoring.rubric;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.readyroom.bank.BankQuestion;
import io.readyroom.bank.SharedBank;
import io.readyroom.scoring.engine.ScoreReport;
import io.readyroom.scoring.engine.ScoringEngine;
import io.readyroom.scoring.engine.structure.RedFlagHit;
import io.readyroom.scoring.engine.validity.Correlation;
import io.readyroom.scoring.rubric.DevelopmentSet.Grade;
import io.readyroom.scoring.rubric.DevelopmentSet.GradedAnswer;
import io.readyroom.scoring.rubric.DevelopmentSet.GradedQuestion;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The scorer orders hand-graded answers the way an interviewer would: for each question
 * of the development set, good answers above vague ones, vague ones above unsafe or wrong
 * ones, keyword lists below adequate answers; and across the whole set, machine scores
 * rank answers like the human scores. Prints every answer's scores so a run shows where
 * the scorer and the interviewer part ways.
 *
 * <p>
 * Each order may fail on at most the questions it fails on today (listed with their
 * causes in docs/scoring-validity.md), so the test guards against any change that orders
 * more answers wrongly; an improvement should lower the allowance.
 */
class DevelopmentSetTests {

	private static final List<Grade> REQUIRED_GRADES = List.of(Grade.EXCELLENT, Grade.ADEQUATE, Grade.VAGUE,
			Grade.UNSAFE, Grade.KEYWORDS);

	private static final ExpectedOrder EXCELLENT_ABOVE_VAGUE = new ExpectedOrder(new Grade[] { Grade.EXCELLENT },
			new Grade[] { Grade.VAGUE });

	private static final ExpectedOrder ADEQUATE_ABOVE_VAGUE = new ExpectedOrder(new Grade[] { Grade.ADEQUATE },
			new Grade[] { Grade.VAGUE });

	private static final ExpectedOrder VAGUE_ABOVE_UNSAFE_OR_WRONG = new ExpectedOrder(new Grade[] { Grade.VAGUE },
			new Grade[] { Grade.UNSAFE, Grade.WRONG });

	private static final ExpectedOrder ADEQUATE_ABOVE_KEYWORDS = new ExpectedOrder(new Grade[] { Grade.ADEQUATE },
			new Grade[] { Grade.KEYWORDS });

	private static final double MINIMUM_RANK_CORRELATION = 0.8;

	private static final ScoringEngine engine = ScoringEngine.withBundledModel();

	private static final Map<String, BankQuestion> bank = SharedBank.load()
		.questions()
		.stream()
		.collect(Collectors.toMap(BankQuestion::id, Function.identity()));

	private static final DevelopmentSet developmentSet = DevelopmentSet.load();

	private static List<ScoredQuestion> scored;

	@BeforeAll
	static void scoreEveryAnswerOfTheSet() {
		scored = developmentSet.questions()
			.stream()
			.filter((question) -> bank.containsKey(question.questionId()))
			.map(DevelopmentSetTests::score)
			.toList();
		System.out.println(table());
		System.out.println(summary());
	}

	@Test
	void everyQuestionOfTheSetIsInTheBank() {
		List<String> unknown = developmentSet.questions()
			.stream()
			.map(GradedQuestion::questionId)
			.filter((id) -> !bank.containsKey(id))
			.toList();

		assertThat(unknown).as("development-set questions that are not in the bank").isEmpty();
	}

	@Test
	void everyQuestionHasAnAnswerOfEachOfTheFiveGrades() {
		List<String> incomplete = developmentSet.questions()
			.stream()
			.filter((question) -> !missingGrades(question).isEmpty())
			.map((question) -> question.questionId() + " lacks " + missingGrades(question))
			.toList();

		assertThat(incomplete).as("questions without excellent, adequate, vague, unsafe or wrong, and keywords answers")
			.isEmpty();
	}

	@Test
	void excellentAnswersScoreAboveVagueOnes() {
		assertThat(EXCELLENT_ABOVE_VAGUE.violations()).as(EXCELLENT_ABOVE_VAGUE.description())
			.hasSizeLessThanOrEqualTo(1);
	}

	@Test
	void adequateAnswersScoreAboveVagueOnes() {
		assertThat(ADEQUATE_ABOVE_VAGUE.violations()).as(ADEQUATE_ABOVE_VAGUE.description())
			.hasSizeLessThanOrEqualTo(1);
	}

	@Test
	void unsafeOrWrongAnswersScoreBelowVagueOnes() {
		assertThat(VAGUE_ABOVE_UNSAFE_OR_WRONG.violations()).as(VAGUE_ABOVE_UNSAFE_OR_WRONG.description())
			.hasSizeLessThanOrEqualTo(5);
	}

	@Test
	void keywordListsScoreBelowAdequateAnswers() {
		assertThat(ADEQUATE_ABOVE_KEYWORDS.violations()).as(ADEQUATE_ABOVE_KEYWORDS.description()).isEmpty();
	}

	@Test
	void shortButCorrectAnswersScoreAboveZero() {
		assertThat(shortCorrectAnswersScoredZero())
			.as("questions whose short but correct answer scored 0: too short is not worthless")
			.isEmpty();
	}

	@Test
	void machineScoresRankTheAnswersLikeTheInterviewer() {
		assertThat(rankCorrelation())
			.as("Spearman correlation of machine and human scores over all %d answers", allAnswers().size())
			.isGreaterThanOrEqualTo(MINIMUM_RANK_CORRELATION);
	}

	private static ScoredQuestion score(GradedQuestion question) {
		BankQuestion bankQuestion = bank.get(question.questionId());
		List<ScoredAnswer> answers = question.answers()
			.stream()
			.map((answer) -> new ScoredAnswer(question.questionId(), answer,
					engine.score(ScorableQuestions.of(bankQuestion), answer.text())))
			.toList();
		return new ScoredQuestion(question.questionId(), answers);
	}

	private static List<Grade> missingGrades(GradedQuestion question) {
		return REQUIRED_GRADES.stream()
			.filter((grade) -> (grade == Grade.UNSAFE) ? question.answer(Grade.UNSAFE, Grade.WRONG).isEmpty()
					: question.answer(grade).isEmpty())
			.toList();
	}

	private static List<String> shortCorrectAnswersScoredZero() {
		return scored.stream()
			.flatMap((question) -> question.answer(Grade.SHORT_CORRECT).stream())
			.filter((answer) -> answer.machineScore() == 0)
			.map(ScoredAnswer::questionId)
			.toList();
	}

	private static double rankCorrelation() {
		List<ScoredAnswer> answers = allAnswers();
		return Correlation.spearman(answers.stream().mapToDouble(ScoredAnswer::humanScore).toArray(),
				answers.stream().mapToDouble(ScoredAnswer::machineScore).toArray());
	}

	private static List<ScoredAnswer> allAnswers() {
		return scored.stream().flatMap((question) -> question.answers().stream()).toList();
	}

	private static String table() {
		String header = String.format("%-44s %-13s %5s %7s  %s", "question", "grade", "human", "machine",
				"red flags raised");
		return allAnswers().stream()
			.map(ScoredAnswer::row)
			.collect(Collectors.joining("\n",
					"Development set, scored by " + ScoringEngine.SCORER_VERSION + "\n" + header + "\n", ""));
	}

	private static String summary() {
		List<String> lines = Arrays
			.stream(new ExpectedOrder[] { EXCELLENT_ABOVE_VAGUE, ADEQUATE_ABOVE_VAGUE, VAGUE_ABOVE_UNSAFE_OR_WRONG,
					ADEQUATE_ABOVE_KEYWORDS })
			.map((order) -> String.format("%-26s holds for %2d of %2d questions", order.name(),
					order.comparable() - order.violations().size(), order.comparable()))
			.collect(Collectors.toList());
		long shortCorrect = scored.stream()
			.filter((question) -> question.answer(Grade.SHORT_CORRECT).isPresent())
			.count();
		lines.add(String.format("%-26s holds for %2d of %2d questions", "short-correct > 0",
				shortCorrect - shortCorrectAnswersScoredZero().size(), shortCorrect));
		lines.add(String.format("Spearman, machine vs human over %d answers: %.3f", allAnswers().size(),
				rankCorrelation()));
		return String.join("\n", lines);
	}

	private record ScoredAnswer(String questionId, GradedAnswer graded, ScoreReport report) {

		Grade grade() {
			return this.graded.grade();
		}

		int humanScore() {
			return this.graded.humanScore();
		}

		int machineScore() {
			return this.report.score();
		}

		String row() {
			String flags = this.report.redFlags().stream().map(RedFlagHit::redFlagId).collect(Collectors.joining(", "));
			return String.format("%-44s %-13s %5d %7d  %s", this.questionId, grade().label(), humanScore(),
					machineScore(), flags.isEmpty() ? "-" : flags);
		}

	}

	private record ScoredQuestion(String questionId, List<ScoredAnswer> answers) {

		Optional<ScoredAnswer> answer(Grade... grades) {
			return this.answers.stream().filter((answer) -> Arrays.asList(grades).contains(answer.grade())).findFirst();
		}

	}

	/**
	 * Within a question, the answer of a higher grade must score strictly above the
	 * answer of a lower one.
	 */
	private record ExpectedOrder(Grade[] higher, Grade[] lower) {

		String name() {
			return labels(this.higher) + " > " + labels(this.lower);
		}

		String description() {
			return "questions where the " + labels(this.higher) + " answer does not score above the "
					+ labels(this.lower) + " one";
		}

		int comparable() {
			return (int) scored.stream().filter((question) -> pair(question).isPresent()).count();
		}

		List<String> violations() {
			return scored.stream()
				.flatMap((question) -> pair(question).stream())
				.filter((pair) -> pair[0].machineScore() <= pair[1].machineScore())
				.map((pair) -> String.format("%s: %s scored %d, %s scored %d", pair[0].questionId(),
						pair[0].grade().label(), pair[0].machineScore(), pair[1].grade().label(),
						pair[1].machineScore()))
				.toList();
		}

		private Optional<ScoredAnswer[]> pair(ScoredQuestion question) {
			return question.answer(this.higher)
				.flatMap((high) -> question.answer(this.lower).map((low) -> new ScoredAnswer[] { high, low }));
		}

		private static String labels(Grade[] grades) {
			return Arrays.stream(grades).map(Grade::label).collect(Collectors.joining(" or "));
		}

	}

}
