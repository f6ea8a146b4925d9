package io.readyroom.scoring.engine.quality;

import io.readyroom.scoring.engine.text.TextAnalyzer;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class KeywordListDetectorTests {

	private final TextAnalyzer analyzer = new TextAnalyzer();

	private final KeywordListDetector detector = new KeywordListDetector();

	@Test
	void bareListOfTermsIsAList() {
		assertThat(isList("HIPAA, minimum necessary, audit trail, encryption, BAA, breach notification")).isTrue();
	}

	@Test
	void listWhoseItemsKeepAFewFunctionWordsIsStillAList() {
		assertThat(isList("Minimum necessary, verify identity of the requester, authorization on file, accounting of "
				+ "disclosures, HIPAA compliance, audit trail of the release"))
			.isTrue();
	}

	@Test
	void answerInSentencesWithCommasIsNotAList() {
		assertThat(isList("First I verify identity, then I check the authorization, and I release only what is "
				+ "needed. Finally, I log the disclosure so it shows up in the accounting."))
			.isFalse();
	}

	@Test
	void shortAnswerIsNotAList() {
		assertThat(isList("I verify identity.")).isFalse();
	}

	private boolean isList(String answer) {
		return this.detector.isKeywordList(this.analyzer.analyze(answer));
	}

}
