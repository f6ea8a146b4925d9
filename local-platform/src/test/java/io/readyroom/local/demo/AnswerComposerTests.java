package io.readyroom.local.demo;

import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AnswerComposerTests {

	private static final QuestionMaterial QUESTION = new QuestionMaterial("hit-roi-process",
			Map.of("release-of-information", 1.0),
			List.of("I would first verify the requester's identity and authority.",
					"Then I check that the authorization is valid and complete.",
					"It has to name the patient, the recipient, the purpose and an expiry date.",
					"I release only the minimum necessary information.",
					"Psychotherapy notes and substance use records need their own authorization.",
					"I log the disclosure in the accounting of disclosures.",
					"If anything is missing I explain to the requester what we need.",
					"Finally I send the records through a secure channel."),
			List.of("Before anything else I confirm who is asking and whether they may ask."));

	private final AnswerComposer composer = new AnswerComposer();

	@Test
	void aStrongLearnerTellsMoreOfTheModelAnswerThanAWeakOne() {
		double strong = meanModelSentences(0.9);
		double weak = meanModelSentences(0.2);

		assertThat(strong).isGreaterThan(5.5);
		assertThat(weak).isLessThan(2.5);
	}

	@Test
	void aWeakLearnerPadsWithVagueFillerAndAStrongOneRarelyDoes() {
		assertThat(shareWithFiller(0.2)).isGreaterThan(0.6);
		assertThat(shareWithFiller(0.9)).isLessThan(0.1);
	}

	@Test
	void aWeakLearnerSometimesMissesThePointEntirely() {
		long offTopic = answers(0.1).stream()
			.filter((answer) -> modelSentencesIn(answer) == 0 && !answer.contains("confirm who is asking"))
			.count();

		assertThat(offTopic).isBetween(20L, 120L);
	}

	@Test
	void theSameSeedWritesTheSameAnswer() {
		for (double skill : new double[] { 0.1, 0.5, 0.9 }) {
			assertThat(this.composer.compose(QUESTION, skill, new Random(42)))
				.isEqualTo(this.composer.compose(QUESTION, skill, new Random(42)));
		}
		assertThat(answers(0.6).subList(0, 20)).doesNotHaveDuplicates();
	}

	@Test
	void anAnswerNeverExceedsTheLimitAndIsNeverBlank() {
		QuestionMaterial longAnswer = longModelAnswer();
		QuestionMaterial oneHugeSentence = new QuestionMaterial("huge", Map.of(), List.of("a".repeat(12_000) + "."),
				List.of());
		QuestionMaterial nothing = new QuestionMaterial("empty", Map.of(), List.of(), List.of());

		for (int seed = 0; seed < 50; seed++) {
			for (QuestionMaterial question : List.of(longAnswer, oneHugeSentence, nothing)) {
				for (double skill : new double[] { 0.05, 0.5, 0.97 }) {
					assertThat(this.composer.compose(question, skill, new Random(seed))).isNotBlank()
						.hasSizeLessThanOrEqualTo(AnswerComposer.MAX_LENGTH);
				}
			}
		}
	}

	@Test
	void aLongModelAnswerIsCutAtASentenceBoundary() {
		QuestionMaterial longAnswer = longModelAnswer();

		String answer = this.composer.compose(longAnswer, 0.97, new Random(1));

		assertThat(answer).hasSizeGreaterThan(AnswerComposer.MAX_LENGTH - 200).endsWith(".");
	}

	/** About 33,000 characters, each sentence different. */
	private static QuestionMaterial longModelAnswer() {
		return new QuestionMaterial("long", Map.of(),
				IntStream.range(0, 400)
					.mapToObj((i) -> "In step " + i + " I check the patient's identity against two identifiers again.")
					.toList(),
				List.of());
	}

	/**
	 * Two hundred answers of one learner, drawn from one random sequence as in a demo.
	 */
	private List<String> answers(double skill) {
		Random random = new Random(7);
		return IntStream.range(0, 200).mapToObj((i) -> this.composer.compose(QUESTION, skill, random)).toList();
	}

	private double meanModelSentences(double skill) {
		return answers(skill).stream().mapToInt(AnswerComposerTests::modelSentencesIn).average().orElseThrow();
	}

	private double shareWithFiller(double skill) {
		return answers(skill).stream()
			.filter((answer) -> answer.contains("I would handle it carefully") || answer.contains("do things the right")
					|| answer.contains("ask my supervisor") || answer.contains("Communication is really")
					|| answer.contains("do my best") || answer.contains("It depends on the situation"))
			.count() / 200.0;
	}

	private static int modelSentencesIn(String answer) {
		return (int) QUESTION.modelSentences().stream().filter(answer::contains).count();
	}

}
