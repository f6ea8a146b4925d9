package io.readyroom.bank;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class AuthoringWordsTests {

	@ParameterizedTest
	@ValueSource(strings = { "Gives a concrete example, as the seed's tip advises.", "Covers what the seeds ask for.",
			"Follows the tip to quantify.", "Matches the exemplar.", "Meets the rubric.", "Uses the article's steps.",
			"Follows the interviewer's guide.", "Quantifies the impact, as the guide says." })
	void findsWordsThatTellALearnerAboutOurSources(String description) {
		assertThat(AuthoringWords.findIn(description)).isPresent();
	}

	@ParameterizedTest
	@ValueSource(strings = { "Leaves the user a one-page tip sheet.", "Offers e-learning and tip-sheets.",
			"Fixes errors at the source.", "Delivers the copy in the format the patient asked for.",
			"Says the two rules are the same.", "Treats paying the ransom as the plan." })
	void leavesTheWordsOfTheJobAlone(String description) {
		assertThat(AuthoringWords.findIn(description)).isEmpty();
	}

	@Test
	void namesTheWordItFound() {
		assertThat(AuthoringWords.findIn("Keeps it short, as the seed's tip advises.")).contains("seed's");
	}

}
