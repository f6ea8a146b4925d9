package io.readyroom.scoring.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import io.readyroom.bank.BankQuestion;
import io.readyroom.bank.SharedBank;

/**
 * Answers like learners give, from the bank's questions and model answers: each the first
 * sentences of a model answer up to about 115 words, with every sentence marked by its
 * answer's number. The mark makes every sentence of a batch distinct, as real learners'
 * sentences are, so a batch saves nothing by embedding a repeated sentence once.
 */
final class BankAnswers {

	static final int WORDS = 115;

	private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+");

	private BankAnswers() {
	}

	/** {@code count} distinct answers, to the bank's questions in turn. */
	static List<AnswerToScore> distinct(int count) {
		List<BankQuestion> bank = SharedBank.load().questions();
		List<AnswerToScore> answers = new ArrayList<>();
		for (int k = 0; k < count; k++) {
			BankQuestion question = bank.get(k % bank.size());
			answers.add(new AnswerToScore(scorable(question), answer(question.modelAnswer(), k)));
		}
		return answers;
	}

	private static ScorableQuestion scorable(BankQuestion question) {
		return new ScorableQuestion(question.id(), 1, question.text(), question.questionType(),
				question.competencyWeights(), question.rubric().toRubric(), question.modelAnswer());
	}

	private static String answer(String modelAnswer, int number) {
		StringBuilder answer = new StringBuilder();
		int words = 0;
		for (String sentence : SENTENCE_END.split(modelAnswer.strip())) {
			if (words >= WORDS - 10) {
				break;
			}
			String marked = sentence.substring(0, sentence.length() - 1) + " (#" + number + ")"
					+ sentence.charAt(sentence.length() - 1);
			answer.append((answer.length() > 0) ? " " : "").append(marked);
			words += marked.split("\\s+").length;
		}
		return answer.toString();
	}

}
