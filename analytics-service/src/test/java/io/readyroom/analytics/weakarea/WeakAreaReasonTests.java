package io.readyroom.analytics.weakarea;

import java.util.List;

import io.readyroom.analytics.weakarea.WeakArea.MissedKeyPoint;
import io.readyroom.bank.CompetencyModel.Requirement;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class WeakAreaReasonTests {

	private static final Requirement REQUIREMENT = new Requirement("release-of-information", 75, 2);

	@Test
	void quotesTheKeyPointMissedMostWholeAndEndsWithOneFullStop() {
		String description = "Verifies the requester's identity with two identifiers, checks that a valid "
				+ "authorization covers the request, and documents the disclosure in the accounting log.";
		MissedKeyPoint missed = new MissedKeyPoint("roi-request", "How do you handle a records request?",
				"verify-identity", description, 2, 2, 0);

		String reason = WeakAreaReason.of(40.0, 2, REQUIREMENT, List.of(missed));

		assertThat(reason).isEqualTo("Mastery 40.0 is below the 75 needed; missed most: " + description);
	}

	@Test
	void withoutMissedKeyPointsSaysOnlyWhereTheLearnerStands() {
		assertThat(WeakAreaReason.of(null, 0, REQUIREMENT, List.of())).isEqualTo("Not practised yet; 75 needed.");
	}

}
