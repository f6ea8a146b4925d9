package io.readyroom.analytics;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.readyroom.analytics.Events.Learner;
import io.readyroom.analytics.profile.WeekTally;
import io.readyroom.contracts.ReadyroomEvent;
import io.readyroom.contracts.Verdict;
import io.readyroom.support.security.Caller;
import io.readyroom.testsupport.TestCallers;
import io.readyroom.testsupport.TestTokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.kafka.autoconfigure.KafkaConnectionDetails;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Profiles, weak areas, readiness and cohort figures from scenario events, and that they
 * stay exact under replay and re-scoring.
 */
@SpringBootTest
@AutoConfigureMockMvc
abstract class CohortAnalyticsIntegrationTests {

	private static final String HIT = "health-information-technician";

	private static final String ROI = "release-of-information";

	/** Longer than any line a page or a cell would show, and ending in a full stop. */
	private static final String LONG_KEY_POINT = "Verifies the requester's identity with two identifiers, checks "
			+ "that a valid authorization or a permitted exception covers the request, releases only the minimum "
			+ "necessary within the legal timeframe, and documents the disclosure in the accounting log.";

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private KafkaConnectionDetails kafka;

	@Autowired
	private JsonMapper json;

	@Autowired
	private TestTokens tokens;

	private EventFeed feed;

	private final String cohort = "cohort-" + UUID.randomUUID();

	private final String program = "program-" + UUID.randomUUID();

	/** Reads the cohort's figures, the program's and its learners' reports. */
	private final Caller director = TestCallers.director("dana", this.program);

	@BeforeEach
	void openFeed() {
		this.feed = new EventFeed(String.join(",", this.kafka.getBootstrapServers()), this.json);
	}

	@AfterEach
	void closeFeed() {
		this.feed.close();
	}

	@Test
	void replayingEveryScoreEventTwiceLeavesEveryReadModelAsItWas() {
		List<Learner> learners = List.of(Events.learner(this.cohort, this.program),
				Events.learner(this.cohort, this.program), Events.learner(this.cohort, this.program));
		List<ReadyroomEvent> history = new ArrayList<>();
		int minute = 100;
		for (Learner learner : learners) {
			history.add(learner.enrolment(1, this.cohort, HIT, null));
			history.add(learner.started(HIT));
			String rescored = UUID.randomUUID().toString();
			history.add(learner.scored(rescored, "hit-roi-process", 1, ROI, 35, EventFeed.minutesAgo(minute--),
					Verdict.MISSED));
			history.add(learner.scored("hit-roi-process", "hipaa-privacy-rule", 60 + minute % 30,
					EventFeed.minutesAgo(minute--)));
			history.add(learner.scored("beh-mistake-learned", "attention-to-detail", 20 + minute % 50,
					EventFeed.minutesAgo(minute--)));
			history
				.add(learner.scored(rescored, "hit-roi-process", 2, ROI, 85, EventFeed.minutesAgo(200), Verdict.MET));
		}
		this.feed.send(history);
		this.feed.awaitProcessed();
		awaitDashboard("$.answers", 9);
		Map<String, JsonNode> before = readModels(learners);

		this.feed.send(history);
		this.feed.send(history);
		this.feed.awaitProcessed();

		assertThat(readModels(learners)).isEqualTo(before);
	}

	@Test
	void reScoredAnswerReplacesItsOldScoreEverywhereIncludingCohortFigures() {
		Learner ada = Events.learner(this.cohort, this.program);
		Learner bob = Events.learner(this.cohort, this.program);
		String answer = UUID.randomUUID().toString();
		this.feed
			.send(List.of(ada.scored(answer, "hit-roi-process", 1, ROI, 20, EventFeed.minutesAgo(5), Verdict.MISSED),
					bob.scored(UUID.randomUUID().toString(), "hit-roi-process", 1, ROI, 80, EventFeed.minutesAgo(4),
							Verdict.MET)));
		awaitDashboard("$.meanScore", 50.0);
		assertThat(dashboard()).bodyJson().extractingPath("$.missedKeyPoints[0].missed").isEqualTo(1);

		this.feed
			.send(List.of(ada.scored(answer, "hit-roi-process", 2, ROI, 90, EventFeed.minutesAgo(5), Verdict.MET)));

		awaitDashboard("$.meanScore", 85.0);
		assertThat(dashboard()).bodyJson()
			.hasPathSatisfying("$.answers", (value) -> assertThat(value).isEqualTo(2))
			.hasPathSatisfying("$.questions[0].attempts", (value) -> assertThat(value).isEqualTo(2))
			.hasPathSatisfying("$.questions[0].meanScore", (value) -> assertThat(value).isEqualTo(85.0))
			.hasPathSatisfying("$.competencies[0].min", (value) -> assertThat(value).isEqualTo(80.0))
			.hasPathSatisfying("$.missedKeyPoints", (value) -> assertThat(value).asList().isEmpty());
		assertThat(staff("/api/learners/{id}/profile", ada.learnerId())).bodyJson()
			.hasPathSatisfying("$.answerCount", (value) -> assertThat(value).isEqualTo(1))
			.hasPathSatisfying("$.competencies[0].mastery", (value) -> assertThat(value).isEqualTo(90.0))
			.hasPathSatisfying("$.keyPoints[0].missed", (value) -> assertThat(value).isEqualTo(0));
	}

	@Test
	void masteryWeightsRecentAnswersMoreWhateverTheOrderTheyArriveIn() {
		Learner ada = Events.learner(this.cohort, this.program);

		this.feed.send(List.of(ada.scored("q-3", ROI, 80, EventFeed.minutesAgo(1)),
				ada.scored("q-1", ROI, 40, EventFeed.minutesAgo(30)),
				ada.scored("q-2", ROI, 60, EventFeed.minutesAgo(20))));

		awaitProfile(ada, "$.answerCount", 3);
		// (80 + 0.8 * 60 + 0.64 * 40) / (1 + 0.8 + 0.64) = 62.95
		assertThat(staff("/api/learners/{id}/profile", ada.learnerId())).bodyJson()
			.hasPathSatisfying("$.competencies[0].mastery", (value) -> assertThat(value).isEqualTo(63.0))
			.hasPathSatisfying("$.competencies[0].meanScore", (value) -> assertThat(value).isEqualTo(60.0))
			.hasPathSatisfying("$.competencies[0].confidence", (value) -> assertThat(value).isEqualTo(0.6))
			.hasPathSatisfying("$.competencies[0].trend.direction", (value) -> assertThat(value).isEqualTo("improving"))
			.hasPathSatisfying("$.competencies[0].trend.delta", (value) -> assertThat(value).isEqualTo(30.0));
	}

	@Test
	void weakAreasNameTheKeyPointsMissedMostAndRecommendUnansweredQuestionsFirst() {
		String competency = "competency-" + UUID.randomUUID();
		Learner ada = Events.learner(this.cohort, this.program);
		this.feed.send(List.of(
				Events.question("q-answered-" + competency, "Who may receive a patient's record?", competency,
						LONG_KEY_POINT),
				Events.question("q-fresh-" + competency, "How do you check an authorization?", competency,
						"Checks the authorization")));
		await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
			this.feed.send(List.of(ada.scored(UUID.randomUUID().toString(), "q-answered-" + competency, 1, competency,
					30, EventFeed.minutesAgo(1), Verdict.MISSED)));
			assertThat(weakAreas(ada)).bodyJson()
				.hasPathSatisfying("$.weakAreas[0].reason",
						(value) -> assertThat(value).asString().contains("Verifies the requester's identity"));
		});

		assertThat(weakAreas(ada)).bodyJson()
			.hasPathSatisfying("$.weakAreas[0].competency", (value) -> assertThat(value).isEqualTo(competency))
			.hasPathSatisfying("$.weakAreas[0].competencyName", (value) -> assertThat(value).isEqualTo(competency))
			.hasPathSatisfying("$.weakAreas[0].target", (value) -> assertThat(value).isEqualTo(70))
			.hasPathSatisfying("$.weakAreas[0].reason",
					(value) -> assertThat(value).asString()
						.endsWith("missed most: " + LONG_KEY_POINT.substring(0, LONG_KEY_POINT.length() - 1) + "."))
			.hasPathSatisfying("$.weakAreas[0].missedKeyPoints[0].description",
					(value) -> assertThat(value).isEqualTo(LONG_KEY_POINT))
			.hasPathSatisfying("$.weakAreas[0].missedKeyPoints[0].questionText",
					(value) -> assertThat(value).isEqualTo("Who may receive a patient's record?"))
			.hasPathSatisfying("$.weakAreas[0].recommendedQuestions[*].questionId",
					(value) -> assertThat(value).asList()
						.containsExactly("q-fresh-" + competency, "q-answered-" + competency))
			.hasPathSatisfying("$.weakAreas[0].recommendedQuestions[*].questionText",
					(value) -> assertThat(value).asList()
						.containsExactly("How do you check an authorization?", "Who may receive a patient's record?"));
	}

	@Test
	void exportsPutTheTextsOfQuestionsAndCompetenciesBesideTheirIds() {
		String question = "q-texts-" + UUID.randomUUID();
		Learner ada = Events.learner(this.cohort, this.program);
		this.feed.send(List.of(
				Events.question(question, "Walk me through a release of information request.", ROI, LONG_KEY_POINT),
				ada.enrolment(1, this.cohort, HIT, null), ada.started(HIT)));
		await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
			this.feed.send(List.of(ada.scored(UUID.randomUUID().toString(), question, 1, ROI, 30,
					EventFeed.minutesAgo(1), Verdict.MISSED)));
			assertThat(export("questions", "csv", "")).hasStatusOk()
				.bodyText()
				.contains(question + ",Walk me through a release of information request.,");
		});

		assertThat(export("questions", "csv", "")).bodyText()
			.startsWith("questionId,questionText,attempts,learners,meanScore,discrimination\r\n");
		assertThat(export("questions", "json", "")).bodyJson()
			.hasPathSatisfying("$[0].questionText",
					(value) -> assertThat(value).isEqualTo("Walk me through a release of information request."));
		assertThat(export("summary", "csv", "")).bodyText()
			.contains(",competency,competencyName,")
			.contains("," + ROI + ",Release of information,");
		assertThat(export("summary", "json", "")).bodyJson()
			.hasPathSatisfying("$[0].missedKeyPoints[0].description",
					(value) -> assertThat(value).isEqualTo(LONG_KEY_POINT))
			.hasPathSatisfying("$[0].blocking[*].competencyName",
					(value) -> assertThat(value).asList().contains("Release of information"));
		assertThat(export("matrix", "csv", "")).bodyText()
			.startsWith("learnerId,cohortId,roleTrack,ready,blocking,blockingNames,answerCount,")
			.contains(",Release of information (" + ROI + ") mastery,Release of information (" + ROI + ") answers,")
			.contains("Release of information");
	}

	@Test
	void readinessNamesTheBlockingCompetencyUntilTheProgramLowersItsThreshold() {
		Learner ada = Events.learner(this.cohort, this.program);
		Instant at = EventFeed.minutesAgo(10);
		this.feed.send(List.of(ada.enrolment(1, this.cohort, "healthcare-it-project-manager", null),
				ada.started("healthcare-it-project-manager"), ada.scored("q-1", "it-project-management", 80, at),
				ada.scored("q-2", "it-project-management", 80, at), ada.scored("q-3", "it-project-management", 80, at),
				ada.scored("q-4", "training-and-change-management", 90, at),
				ada.scored("q-5", "training-and-change-management", 90, at),
				ada.scored("q-6", "communication-with-clinical-staff", 50, at),
				ada.scored("q-7", "communication-with-clinical-staff", 50, at)));
		awaitProfile(ada, "$.answerCount", 7);
		awaitProfile(ada, "$.roleTrack", "healthcare-it-project-manager");
		assertThat(staff("/api/learners/{id}/readiness", ada.learnerId())).bodyJson()
			.hasPathSatisfying("$.ready", (value) -> assertThat(value).isEqualTo(false))
			.hasPathSatisfying("$.blocking",
					(value) -> assertThat(value).asList()
						.contains("communication-with-clinical-staff")
						.doesNotContain("it-project-management", "training-and-change-management"));

		assertThat(this.mvc.put()
			.uri("/api/programs/{program}/readiness-rules/{track}", this.program, "healthcare-it-project-manager")
			.header(HttpHeaders.AUTHORIZATION, this.tokens.bearer(this.director))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"requires\":[{\"competency\":\"it-project-management\",\"threshold\":75,\"minAnswers\":3},"
					+ "{\"competency\":\"communication-with-clinical-staff\",\"threshold\":40,\"minAnswers\":2}]}"))
			.hasStatusOk();

		assertThat(
				staff("/api/programs/{program}/readiness-rules/{track}", this.program, "healthcare-it-project-manager"))
			.hasStatusOk()
			.bodyJson()
			.hasPathSatisfying("$[*].competency", (competencies) -> assertThat(competencies).asList()
				.containsExactly("it-project-management", "communication-with-clinical-staff"));
		assertThat(staff("/api/learners/{id}/readiness", ada.learnerId())).bodyJson()
			.hasPathSatisfying("$.ready", (value) -> assertThat(value).isEqualTo(true));
		awaitDashboard("$.readinessRate", 1.0);
	}

	@Test
	void readinessRulesForUnknownCompetenciesAreRefused() {
		assertThat(this.mvc.put()
			.uri("/api/programs/{program}/readiness-rules/{track}", this.program, "ehr-specialist")
			.header(HttpHeaders.AUTHORIZATION, this.tokens.bearer(this.director))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"requires\":[{\"competency\":\"juggling\",\"threshold\":75,\"minAnswers\":3}]}")).hasStatus(400)
			.hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
	}

	@Test
	void dashboardShowsQuartilesDiscriminationEngagementAndComparesCohortsOfTheProgram() {
		List<ReadyroomEvent> events = new ArrayList<>();
		for (int score : new int[] { 10, 30, 50, 70, 90 }) {
			Learner learner = Events.learner(this.cohort, this.program);
			events.add(learner.enrolment(1, this.cohort, HIT, null));
			events.add(learner.started(HIT));
			events.add(learner.scored("q-spread", ROI, score, EventFeed.minutesAgo(1)));
		}
		Learner other = Events.learner("other-" + this.cohort, this.program);
		events.add(other.started(HIT));
		events.add(other.scored("q-spread", ROI, 65, EventFeed.minutesAgo(1)));
		this.feed.send(events);

		awaitDashboard("$.answers", 5);
		// sessions come on their own topic and may be counted after the scores
		awaitDashboard("$.weeks[0].sessions", 5);
		assertThat(dashboard()).bodyJson()
			.hasPathSatisfying("$.learners", (value) -> assertThat(value).isEqualTo(5))
			.hasPathSatisfying("$.competencies[0].q1", (value) -> assertThat(value).isEqualTo(30.0))
			.hasPathSatisfying("$.competencies[0].median", (value) -> assertThat(value).isEqualTo(50.0))
			.hasPathSatisfying("$.competencies[0].q3", (value) -> assertThat(value).isEqualTo(70.0))
			.hasPathSatisfying("$.questions[0].discrimination", (value) -> assertThat(value).isEqualTo(0.8))
			.hasPathSatisfying("$.weeks[0].activeLearners", (value) -> assertThat(value).isEqualTo(5))
			.hasPathSatisfying("$.weeks[0].sessions", (value) -> assertThat(value).isEqualTo(5))
			.hasPathSatisfying("$.readinessRate", (value) -> assertThat(value).isEqualTo(0.0))
			.hasPathSatisfying("$.blocking[0].learners", (value) -> assertThat(value).isEqualTo(5));
		assertThat(staff("/api/cohorts/{id}/matrix?size=2", this.cohort)).bodyJson()
			.hasPathSatisfying("$.learners", (value) -> assertThat(value).isEqualTo(5))
			.hasPathSatisfying("$.rows", (value) -> assertThat(value).asList().hasSize(2));
		assertThat(staff("/api/cohorts/{id}/exports/matrix?format=csv", this.cohort)).hasStatusOk()
			.bodyText()
			.startsWith("learnerId,cohortId,roleTrack,ready,blocking,blockingNames,answerCount,")
			.satisfies((csv) -> assertThat(csv.split("\r\n")).hasSize(6));
		assertThat(staff("/api/programs/{id}/exports/questions?format=json", this.program)).hasStatusOk()
			.bodyJson()
			.hasPathSatisfying("$[0].attempts", (value) -> assertThat(value).isEqualTo(6));
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(staff("/api/programs/{id}/cohorts/comparison", this.program)).bodyJson()
				.hasPathSatisfying("$.cohorts[*].cohortId",
						(value) -> assertThat(value).asList().containsExactly(this.cohort, "other-" + this.cohort)));
	}

	@Test
	void dateRangeExportCountsOnlyTheAnswersAndSessionsOfTheRange() {
		Learner ada = Events.learner(this.cohort, this.program);
		Learner bob = Events.learner(this.cohort, this.program);
		Learner cy = Events.learner(this.cohort, this.program);
		Instant before = Instant.parse("2026-02-10T09:00:00Z");
		Instant inside = Instant.parse("2026-03-05T09:00:00Z");
		Instant lastEvening = Instant.parse("2026-03-31T23:00:00Z");
		Instant after = Instant.parse("2026-04-01T00:30:00Z");
		this.feed.send(List.of(ada.started("s-1-" + ada.learnerId(), HIT, before),
				ada.scored("q-before", ROI, 40, before), ada.completed("s-1-" + ada.learnerId(), before),
				ada.started("s-2-" + ada.learnerId(), HIT, inside), ada.scored("q-inside", ROI, 80, inside),
				ada.completed("s-2-" + ada.learnerId(), inside), bob.started("s-1-" + bob.learnerId(), HIT, before),
				bob.scored("q-before", ROI, 60, before), cy.started("s-1-" + cy.learnerId(), HIT, lastEvening),
				cy.completed("s-1-" + cy.learnerId(), after)));
		this.feed.awaitProcessed();
		String march = "&from=2026-03-01&to=2026-03-31";

		assertThat(export("summary", "json", march)).bodyJson()
			.hasPathSatisfying("$[0].learners", (value) -> assertThat(value).isEqualTo(2))
			.hasPathSatisfying("$[0].answers", (value) -> assertThat(value).isEqualTo(1))
			.hasPathSatisfying("$[0].meanScore", (value) -> assertThat(value).isEqualTo(80.0))
			.hasPathSatisfying("$[0].sessionsStarted", (value) -> assertThat(value).isEqualTo(2))
			.hasPathSatisfying("$[0].sessionsCompleted", (value) -> assertThat(value).isEqualTo(1))
			.hasPathSatisfying("$[0].weeks[*].week",
					(value) -> assertThat(value).asList()
						.containsExactly(WeekTally.weekOf(inside), WeekTally.weekOf(lastEvening)))
			.hasPathSatisfying("$[0].weeks[*].activeLearners",
					(value) -> assertThat(value).asList().containsExactly(1, 1))
			.hasPathSatisfying("$[0].weeks[*].sessions", (value) -> assertThat(value).asList().containsExactly(1, 1))
			.hasPathSatisfying("$[0].weeks[*].answers", (value) -> assertThat(value).asList().containsExactly(1, 0));
		assertThat(matrixCounts(march)).containsOnly(Map.entry(ada.learnerId(), List.of("1", "1", "1")),
				Map.entry(cy.learnerId(), List.of("0", "1", "0")));
		assertThat(export("questions", "json", march)).bodyJson()
			.hasPathSatisfying("$[*].questionId", (value) -> assertThat(value).asList().containsExactly("q-inside"));

		assertThat(export("summary", "json", "")).bodyJson()
			.hasPathSatisfying("$[0].learners", (value) -> assertThat(value).isEqualTo(3))
			.hasPathSatisfying("$[0].answers", (value) -> assertThat(value).isEqualTo(3))
			.hasPathSatisfying("$[0].sessionsStarted", (value) -> assertThat(value).isEqualTo(4))
			.hasPathSatisfying("$[0].sessionsCompleted", (value) -> assertThat(value).isEqualTo(3))
			.hasPathSatisfying("$[0].weeks[*].week", (value) -> assertThat(value).asList()
				.containsExactly(WeekTally.weekOf(before), WeekTally.weekOf(inside), WeekTally.weekOf(lastEvening)));
		assertThat(matrixCounts("")).containsOnly(Map.entry(ada.learnerId(), List.of("2", "2", "2")),
				Map.entry(bob.learnerId(), List.of("1", "1", "0")), Map.entry(cy.learnerId(), List.of("0", "1", "1")));
		assertThat(export("questions", "json", "")).bodyJson()
			.hasPathSatisfying("$[*].questionId",
					(value) -> assertThat(value).asList().containsExactly("q-before", "q-inside"));
	}

	@Test
	void apiIsDescribedWithOpenApiForBearerTokens() {
		assertThat(this.mvc.get().uri("/v3/api-docs")).hasStatusOk()
			.bodyText()
			.contains("/api/cohorts/{cohortId}/dashboard", "/api/learners/{learnerId}/weak-areas",
					"/api/programs/{programId}/exports/{dataset}", "/api/programs/{programId}/agreement",
					"\"bearerFormat\":\"JWT\"")
			// the caller comes from the bearer token, never from a parameter
			.doesNotContain("\"caller\"");
	}

	private MockMvcTester.MockMvcRequestBuilder export(String dataset, String format, String range) {
		return staff("/api/cohorts/{id}/exports/{dataset}?format={format}" + range, this.cohort, dataset, format);
	}

	/** Learner id to the matrix CSV's answerCount, sessionsStarted, sessionsCompleted. */
	private Map<String, List<String>> matrixCounts(String range) {
		MvcTestResult result = export("matrix", "csv", range).exchange();
		assertThat(result).hasStatusOk();
		String[] lines = new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8).split("\r\n");
		assertThat(lines[0]).startsWith(
				"learnerId,cohortId,roleTrack,ready,blocking,blockingNames,answerCount,sessionsStarted,sessionsCompleted,");
		Map<String, List<String>> counts = new LinkedHashMap<>();
		for (int i = 1; i < lines.length; i++) {
			String[] fields = lines[i].split(",", -1);
			counts.put(fields[0], List.of(fields[6], fields[7], fields[8]));
		}
		return counts;
	}

	private Map<String, JsonNode> readModels(List<Learner> learners) {
		Map<String, JsonNode> models = new LinkedHashMap<>();
		for (Learner learner : learners) {
			for (String view : List.of("profile", "weak-areas", "readiness")) {
				models.put(view + "/" + learner.learnerId(),
						withoutBookkeeping(staff("/api/learners/{id}/" + view, learner.learnerId()).exchange()));
			}
		}
		await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
			models.put("dashboard", withoutBookkeeping(dashboard().exchange()));
			models.put("matrix", withoutBookkeeping(staff("/api/cohorts/{id}/matrix", this.cohort).exchange()));
		});
		return models;
	}

	/** Drops when a document was last written: bookkeeping, not a figure. */
	private JsonNode withoutBookkeeping(MvcTestResult result) {
		assertThat(result).hasStatusOk();
		ObjectNode node = (ObjectNode) this.json.readTree(result.getResponse().getContentAsByteArray());
		node.remove("updatedAt");
		node.remove("computedAt");
		return node;
	}

	/** A read as the program's director. */
	private MockMvcTester.MockMvcRequestBuilder staff(String uri, Object... variables) {
		return this.mvc.get().uri(uri, variables).header(HttpHeaders.AUTHORIZATION, this.tokens.bearer(this.director));
	}

	private MockMvcTester.MockMvcRequestBuilder dashboard() {
		return staff("/api/cohorts/{id}/dashboard", this.cohort);
	}

	private MockMvcTester.MockMvcRequestBuilder weakAreas(Learner learner) {
		return this.mvc.get()
			.uri("/api/learners/{id}/weak-areas", learner.learnerId())
			.header(HttpHeaders.AUTHORIZATION, this.tokens.bearer(learner.caller()));
	}

	private void awaitDashboard(String path, Object expected) {
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(dashboard()).hasStatusOk()
				.bodyJson()
				.hasPathSatisfying(path, (value) -> assertThat(value).isEqualTo(expected)));
	}

	private void awaitProfile(Learner learner, String path, Object expected) {
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(staff("/api/learners/{id}/profile", learner.learnerId())).hasStatusOk()
				.bodyJson()
				.hasPathSatisfying(path, (value) -> assertThat(value).isEqualTo(expected)));
	}

}
