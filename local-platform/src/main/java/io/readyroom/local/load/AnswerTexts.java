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
 * Each sentence may open with a phrase a speaker adds ("In my last role, …"), drawn
 * independently, so that two answers rarely share a sentence word for word: the scorer
 * embeds a sentence repeated within a batch once, and answers cut from the same model
 * answer alone would make scoring look faster than it is with real learners.
 */
final class AnswerTexts {

	/** The fewest words an answer is cut to, where its sentences allow. */
	static final int SHORTEST_WORDS = 55;

	/** No opener first, so that a draw of 0 keeps the model answer's own sentences. */
	private static final List<String> OPENERS = List.of("", "In my last role, ", "At the clinic where I worked, ",
			"In practice, ", "Typically, ", "From experience, ", "On our team, ", "For example, ", "Honestly, ",
			"In a case like this, ", "At my hospital, ", "Day to day, ", "Where I trained, ", "In most cases, ",
			"As a rule, ", "To be specific, ", "On the HIM team, ", "When I was on call, ", "In my internship, ",
			"At a small practice, ", "In a larger system, ", "Looking back, ", "In short, ", "Above all, ");

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
			answer.append((answer.length() > 0) ? " " : "").append(withOpener(sentence));
		}
		return answer.toString();
	}

	private String withOpener(String sentence) {
		String opener = OPENERS.get(this.random.applyAsInt(OPENERS.size()));
		if (opener.isEmpty()) {
			return sentence;
		}
		return opener + (startsWithOrdinaryWord(sentence)
				? Character.toLowerCase(sentence.charAt(0)) + sentence.substring(1) : sentence);
	}

	/**
	 * "First", not "I", "I'd" or an acronym such as "HIPAA", which keep their capitals.
	 */
	private static boolean startsWithOrdinaryWord(String sentence) {
		return sentence.length() > 1 && Character.isUpperCase(sentence.charAt(0))
				&& Character.isLowerCase(sentence.charAt(1));
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
