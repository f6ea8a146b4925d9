package io.readyroom.local.load;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import io.readyroom.bank.BankQuestion;
import io.readyroom.bank.SharedBank;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AnswerTextsTests {

	@Test
	void cutsTheModelAnswerAtTheFirstSentenceEndPastTheDrawnLength() {
		String model = "One two three four five. Six seven eight nine ten. " + "word ".repeat(60).strip() + ".";
		AnswerTexts lowestDraw = new AnswerTexts(Map.of("q", model), (bound) -> 0);
		AnswerTexts highestDraw = new AnswerTexts(Map.of("q", model), (bound) -> bound - 1);

		assertThat(lowestDraw.anyAnswerTo("q")).isEqualTo(model);
		assertThat(highestDraw.anyAnswerTo("q")).endsWith("word word word.").contains("one two three four five.");
		assertThat(new AnswerTexts(Map.of("q", "Short answer. Only two sentences."), (bound) -> 0).anyAnswerTo("q"))
			.isEqualTo("Short answer. Only two sentences.");
	}

	@Test
	void aShortDrawStopsAfterTheSentenceThatReachesIt() {
		String model = "word ".repeat(54) + "end. " + "more ".repeat(40).strip() + ". Last sentence here.";
		AnswerTexts texts = new AnswerTexts(Map.of("q", model), (bound) -> 0);

		assertThat(AnswerTexts.words(texts.anyAnswerTo("q"))).isEqualTo(55);
	}

	@Test
	void theBanksAnswersRunToAbout115WordsOnAverage() {
		AnswerTexts texts = AnswerTexts.load();
		List<String> questionIds = SharedBank.load().questions().stream().map(BankQuestion::id).toList();
		double meanWords = IntStream.range(0, 7200)
			.mapToObj((i) -> texts.anyAnswerTo(questionIds.get(i % questionIds.size())))
			.mapToInt(AnswerTexts::words)
			.average()
			.orElse(0);

		assertThat(meanWords).isBetween(105.0, 125.0);
	}

	@Test
	void twoAnswersToOneQuestionRarelyShareASentence() {
		AnswerTexts texts = AnswerTexts.load();
		List<String> sentences = SharedBank.load()
			.questions()
			.stream()
			.flatMap((question) -> Stream.of(texts.anyAnswerTo(question.id()), texts.anyAnswerTo(question.id())))
			.flatMap((answer) -> Arrays.stream(answer.split("(?<=[.!?])\\s+")))
			.toList();

		assertThat(new HashSet<>(sentences)).hasSizeGreaterThan(sentences.size() * 9 / 10);
	}

	@Test
	void anOpenerKeepsTheCapitalsOfIAndOfAcronyms() {
		String model = "Then I log it. I check IDs. HIPAA applies. " + "word ".repeat(60).strip() + ".";
		AnswerTexts texts = new AnswerTexts(Map.of("q", model), (bound) -> bound - 1);

		assertThat(texts.anyAnswerTo("q"))
			.startsWith("Above all, then I log it. Above all, I check IDs. Above all, HIPAA applies. ");
	}

	@Test
	void aQuestionTheBankDoesNotKnowGetsAGenericAnswer() {
		assertThat(AnswerTexts.load().anyAnswerTo("added-by-a-program")).contains("authorization");
	}

}
