package io.readyroom.scoring.engine.text;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Porter's own examples, and the forms of one word the rubric must match as one. */
class StemmerTests {

	@Test
	void stripsSuffixesAsPortersAlgorithmDoes() {
		assertThat(Stemmer.stem("caresses")).isEqualTo("caress");
		assertThat(Stemmer.stem("ponies")).isEqualTo("poni");
		assertThat(Stemmer.stem("relational")).isEqualTo("relat");
		assertThat(Stemmer.stem("hopefulness")).isEqualTo("hope");
		assertThat(Stemmer.stem("generalizations")).isEqualTo("gener");
	}

	@Test
	void formsOfOneWordShareTheirStem() {
		assertThat(Stemmer.stem("verifying")).isEqualTo("verifi");
		assertThat(Stemmer.stem("verified")).isEqualTo("verifi");
		assertThat(Stemmer.stem("verifies")).isEqualTo("verifi");
	}

	@Test
	void leavesShortWordsAndNumbersAlone() {
		assertThat(Stemmer.stem("is")).isEqualTo("is");
		assertThat(Stemmer.stem("164")).isEqualTo("164");
		assertThat(Stemmer.stem("hl7")).isEqualTo("hl7");
	}

}
