package io.readyroom.scoring.engine.quality;

import io.readyroom.scoring.engine.text.TextAnalyzer;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LanguageCheckTests {

	private final TextAnalyzer analyzer = new TextAnalyzer();

	private final LanguageCheck check = new LanguageCheck();

	@Test
	void spanishAnswerIsNotEnglish() {
		assertThat(notEnglish("Primero verificaría la identidad del paciente y luego revisaría la autorización "
				+ "firmada antes de entregar los registros."))
			.isTrue();
	}

	@Test
	void chineseAnswerIsNotEnglish() {
		assertThat(notEnglish("我会先核实患者的身份，然后检查授权书，再发放病历。")).isTrue();
	}

	@Test
	void englishAnswerAndEnglishKeywordListAreEnglish() {
		assertThat(notEnglish("First I would verify the caller's identity with two identifiers.")).isFalse();
		assertThat(notEnglish("HIPAA minimum necessary audit trail encryption BAA breach notification")).isFalse();
	}

	private boolean notEnglish(String answer) {
		return this.check.isNotEnglish(this.analyzer.analyze(answer));
	}

}
