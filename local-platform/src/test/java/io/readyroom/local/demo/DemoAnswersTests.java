package io.readyroom.local.demo;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import io.readyroom.bank.BankQuestion;
import io.readyroom.bank.SharedBank;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The written answers against the shared bank: whatever question a demo session can draw,
 * the learner has an answer to it at every level, of a length session-service takes.
 */
class DemoAnswersTests {

	/** session-service refuses longer answers. */
	private static final int MAX_ANSWER_LENGTH = 10_000;

	private static final SharedBank BANK = SharedBank.load();

	private final DemoAnswers answers = DemoAnswers.load();

	@Test
	void everyQuestionOfTheMainRoleTrackHasAnswersAtEveryLevel() {
		List<String> questions = questionsOf(Roster.MAIN_TRACK);

		assertThat(questions).isNotEmpty();
		for (String question : questions) {
			for (AnswerLevel level : AnswerLevel.OF_EVERY_QUESTION) {
				assertThat(this.answers.at(question, level)).as("%s answers to %s", level.key(), question).isNotEmpty();
			}
		}
	}

	@Test
	void noAnswerIsEmptyOrLongerThanSessionServiceTakes() {
		for (String question : this.answers.questionIds()) {
			for (AnswerLevel level : AnswerLevel.values()) {
				assertThat(this.answers.at(question, level)).as("%s answers to %s", level.key(), question)
					.allSatisfy((answer) -> assertThat(answer.strip()).isNotEmpty()
						.hasSizeLessThanOrEqualTo(MAX_ANSWER_LENGTH));
			}
		}
	}

	@Test
	void everyAnsweredQuestionIsInTheBank() {
		Set<String> bank = BANK.questions().stream().map(BankQuestion::id).collect(Collectors.toSet());

		assertThat(bank).containsAll(this.answers.questionIds());
	}

	@Test
	void someQuestionsHaveUnsafeAnswersForTheWeakestLearners() {
		assertThat(this.answers.questionIds())
			.filteredOn((question) -> !this.answers.at(question, AnswerLevel.UNSAFE).isEmpty())
			.hasSizeGreaterThanOrEqualTo(8);
	}

	@Test
	void anUnsafeAnswerToAQuestionWithoutOneIsAWeakOne() {
		String withoutUnsafe = this.answers.questionIds()
			.stream()
			.filter((question) -> this.answers.at(question, AnswerLevel.UNSAFE).isEmpty())
			.findFirst()
			.orElseThrow();

		assertThat(this.answers.available(withoutUnsafe, AnswerLevel.UNSAFE)).isEqualTo(AnswerLevel.WEAK);
		assertThat(this.answers.available("hit-roi-process", AnswerLevel.UNSAFE)).isEqualTo(AnswerLevel.UNSAFE);
	}

	@Test
	void aStrongAnswerSaysMoreThanAWeakOne() {
		for (String question : this.answers.questionIds()) {
			assertThat(shortest(question, AnswerLevel.STRONG)).as(question)
				.isGreaterThan(longest(question, AnswerLevel.WEAK));
		}
	}

	private int shortest(String question, AnswerLevel level) {
		return this.answers.at(question, level).stream().mapToInt(String::length).min().orElse(0);
	}

	private int longest(String question, AnswerLevel level) {
		return this.answers.at(question, level).stream().mapToInt(String::length).max().orElse(0);
	}

	private static List<String> questionsOf(String roleTrack) {
		return BANK.questions()
			.stream()
			.filter((question) -> question.roleTracks().contains(roleTrack))
			.map(BankQuestion::id)
			.toList();
	}

}
