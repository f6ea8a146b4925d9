package io.readyroom.analytics.cohort;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.readyroom.analytics.bank.BankQuestion;
import io.readyroom.analytics.bank.BankTexts;
import io.readyroom.analytics.profile.CompetencyStanding;
import io.readyroom.analytics.profile.KeyPointTally;
import io.readyroom.analytics.profile.LearnerProfile;
import io.readyroom.analytics.profile.QuestionTally;
import io.readyroom.analytics.profile.Trend;
import io.readyroom.analytics.profile.WeekTally;
import io.readyroom.analytics.readiness.Readiness;
import io.readyroom.bank.CompetencyModel.Requirement;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A dashboard names every question, key point and competency by its text beside its id,
 * and keeps a key point's description whole.
 */
class CohortFiguresTests {

	private static final Instant AT = Instant.parse("2027-02-01T09:00:00Z");

	private static final String LONG_KEY_POINT = "Verifies the requester's identity with two identifiers, checks that "
			+ "a valid authorization or a permitted exception covers the request, releases only the minimum necessary "
			+ "within the legal timeframe, and documents the disclosure in the accounting log.";

	private static final BankTexts TEXTS = new BankTexts(
			Map.of("roi-request",
					new BankQuestion("roi-request@2", "roi-request", 2, null, "How do you handle a records request?",
							"TECHNICAL", "BEGINNER", List.of("health-information-technician"),
							List.of("release-of-information"), Map.of("verify-authorization", LONG_KEY_POINT))),
			Map.of("release-of-information", "Release of information"));

	@Test
	void namesQuestionsKeyPointsAndCompetenciesByTheirTextsBesideTheirIds() {
		CohortDashboard dashboard = dashboard(profile("roi-request", "release-of-information"));

		assertThat(dashboard.questions()).singleElement().satisfies((question) -> {
			assertThat(question.questionId()).isEqualTo("roi-request");
			assertThat(question.questionText()).isEqualTo("How do you handle a records request?");
		});
		assertThat(dashboard.missedKeyPoints()).singleElement().satisfies((keyPoint) -> {
			assertThat(keyPoint.criterionId()).isEqualTo("verify-authorization");
			assertThat(keyPoint.description()).isEqualTo(LONG_KEY_POINT);
			assertThat(keyPoint.questionText()).isEqualTo("How do you handle a records request?");
		});
		assertThat(dashboard.competencies()).singleElement().satisfies((competency) -> {
			assertThat(competency.competency()).isEqualTo("release-of-information");
			assertThat(competency.competencyName()).isEqualTo("Release of information");
		});
		assertThat(dashboard.blocking()).singleElement()
			.satisfies((blocking) -> assertThat(blocking.competencyName()).isEqualTo("Release of information"));
	}

	@Test
	void whatTheBankHasNotToldKeepsItsIdAndNoQuestionText() {
		CohortDashboard dashboard = dashboard(profile("q-unknown", "own-competency"));

		assertThat(dashboard.questions()).singleElement()
			.satisfies((question) -> assertThat(question.questionText()).isNull());
		assertThat(dashboard.missedKeyPoints()).singleElement()
			.satisfies((keyPoint) -> assertThat(keyPoint.description()).isEqualTo("verify-authorization"));
		assertThat(dashboard.competencies()).singleElement()
			.satisfies((competency) -> assertThat(competency.competencyName()).isEqualTo("own-competency"));
	}

	private static CohortDashboard dashboard(LearnerProfile profile) {
		CohortFigures figures = new CohortFigures();
		Requirement requirement = new Requirement(profile.competencies().get(0).competency(), 75, 2);
		figures.add(profile, Readiness.of(profile, Map.of(profile.roleTrack(), List.of(requirement))));
		return figures.dashboard("cohort-a", "program-1", TEXTS, AT);
	}

	/** One learner who missed the question's one key point. */
	private static LearnerProfile profile(String questionId, String competency) {
		return new LearnerProfile("ana", "cohort-a", "program-1", "health-information-technician", null, 1, 30,
				List.of(new CompetencyStanding(competency, 1, 30, 30, 0.2, new Trend("insufficient-evidence", 0), AT)),
				List.of(new QuestionTally(questionId, 1, 30, 30)),
				List.of(new KeyPointTally(questionId, "verify-authorization", List.of(competency), 1, 1, 0)),
				List.of(new WeekTally("2027-W05", 1, 30)), 1, 0, List.of(new WeekTally("2027-W05", 1, 0)), AT, null,
				null);
	}

}
