package io.readyroom.local.load;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.IntUnaryOperator;
import java.util.stream.Collectors;

import io.readyroom.bank.BankQuestion;
import io.readyroom.bank.SharedBank;

/**
 * Realistic answers to the bank's questions, strong to weak: the opening of the
 * question's model answer, cut at the end of a sentence somewhere between
 * {@value #SHORTEST_WORDS} words and the whole answer (121 to 167 words), so that answers
 * run to about 115 words on average and cover more or fewer of the rubric's key points.
 * The scorer does its real work on every answer of the load.
 */
final class AnswerTexts {

	/** The fewest words an answer is cut to, where its sentences allow. */
	static final int SHORTEST_WORDS = 55;

	private static final String ANY_QUESTION = """
			First I verify the requester's identity and authority, checking photo ID and the signed \
			authorization form against the patient's record. I release only what the authorization \
			covers and document the disclosure in the accounting of disclosures log.""";

	private final Map<String, List<String>> sentencesByQuestion;

	private final IntUnaryOperator random;

	/**
	 * @param random a number from 0 up to, not including, the given bound
	 */
	AnswerTexts(Map<String, String> modelAnswers, IntUnaryOperator random) {
		this.sentencesByQuestion = modelAnswers.entrySet()
			.stream()
			.collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, (entry) -> sentences(entry.getValue())));
		this.random = random;
	}

	static AnswerTexts load() {
		return new AnswerTexts(
				SharedBank.load()
					.questions()
					.stream()
					.collect(Collectors.toMap(BankQuestion::id, BankQuestion::modelAnswer)),
				(bound) -> ThreadLocalRandom.current().nextInt(bound));
	}

	/**
	 * An answer to the question; a generic one for a question the bank on this classpath
	 * does not know, e.g. one a program added.
	 */
	String anyAnswerTo(String questionId) {
		List<String> sentences = this.sentencesByQuestion.get(questionId);
		if (sentences == null) {
			return ANY_QUESTION;
		}
		int totalWords = words(String.join(" ", sentences));
		int atLeast = Math.min(totalWords, SHORTEST_WORDS + this.random.applyAsInt(totalWords - SHORTEST_WORDS + 1));
		StringBuilder answer = new StringBuilder();
		for (String sentence : sentences) {
			if (words(answer.toString()) >= atLeast) {
				break;
			}
			answer.append((answer.length() > 0) ? " " : "").append(sentence);
		}
		return answer.toString();
	}

	static int words(String text) {
		String trimmed = text.strip();
		return trimmed.isEmpty() ? 0 : trimmed.split("\\s+").length;
	}

	private static List<String> sentences(String text) {
		List<String> sentences = new ArrayList<>();
		for (String sentence : text.strip().split("(?<=[.!?])\\s+")) {
			sentences.add(sentence);
		}
		return List.copyOf(sentences);
	}

}
