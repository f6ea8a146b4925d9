package io.readyroom.scoring.evaluation;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class StemmerTests {

	@ParameterizedTest
	@CsvSource({ "verifying, verify", "verifies, verify", "verified, verify", "verify, verify", "records, record",
			"documented, document", "stopped, stop", "access, access", "policies, policy", "released, release",
			"releasing, release", "processes, process" })
	void inflectionsShareAStem(String word, String expected) {
		assertThat(Stemmer.stem(word)).isEqualTo(Stemmer.stem(expected));
	}

}
