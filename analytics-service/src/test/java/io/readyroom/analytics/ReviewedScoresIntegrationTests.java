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
import io.readyroom.analytics.score.ScoredAnswer;
import io.readyroom.contracts.ReadyroomEvent;
import io.readyroom.contracts.Verdict;
import io.readyroom.support.security.Caller;
import io.readyroom.testsupport.TestCallers;
import io.readyroom.testsupport.TestTokens;
import org.bson.Document;
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
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A coach's review counts instead of the machine's score, exactly once, whatever the
 * order scores and reviews arrive in and however often; and the agreement of scorer and
 * reviewers is reported per question.
 */
@SpringBootTest
@AutoConfigureMockMvc
abstract class ReviewedScoresIntegrationTests {

	private static final String ROI = "release-of-information";

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private KafkaConnectionDetails kafka;

	@Autowired
	private JsonMapper json;

	@Autowired
	private TestTokens tokens;

	@Autowired
	private MongoTemplate mongo;

	private EventFeed feed;

	private final String cohort = "cohort-" + UUID.randomUUID();

	private final String program = "program-" + UUID.randomUUID();

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
	void reviewedScoreCountsInsteadOfTheMachineScoreInTheProfileAndTheCohortDashboard() {
		Learner ada = Events.learner(this.cohort, this.program);
		Learner bob = Events.learner(this.cohort, this.program);
		String adasAnswer = UUID.randomUUID().toString();
		this.feed.send(
				List.of(ada.scored(adasAnswer, "hit-roi-process", 1, ROI, 40, EventFeed.minutesAgo(3), Verdict.MISSED),
						ada.scored(UUID.randomUUID().toString(), "beh-mistake-learned", 1, ROI, 80,
								EventFeed.minutesAgo(2), Verdict.MET),
						bob.scored(UUID.randomUUID().toString(), "hit-roi-process", 1, ROI, 60, EventFeed.minutesAgo(1),
								Verdict.MET)));
		// bob's answer alone also means 60, so wait for all three before reading the mean
		awaitDashboard("$.answers", 3);
		assertThat(dashboard()).bodyJson().extractingPath("$.meanScore").isEqualTo(60.0);
		assertThat(dashboard()).bodyJson().extractingPath("$.missedKeyPoints[0].missed").isEqualTo(1);

		this.feed.send(List.of(ada.reviewed(adasAnswer, "hit-roi-process", 1, 90, Verdict.MET)));

		awaitDashboard("$.meanScore", 76.7);
		assertThat(dashboard()).bodyJson()
			.hasPathSatisfying("$.answers", (value) -> assertThat(value).isEqualTo(3))
			.hasPathSatisfying("$.questions[?(@.questionId == 'hit-roi-process')].meanScore",
					(value) -> assertThat(value).asList().containsExactly(75.0))
			.hasPathSatisfying("$.missedKeyPoints", (value) -> assertThat(value).asList().isEmpty());
		assertThat(staff("/api/learners/{id}/profile", ada.learnerId())).bodyJson()
			.hasPathSatisfying("$.answerCount", (value) -> assertThat(value).isEqualTo(2))
			.hasPathSatisfying("$.meanScore", (value) -> assertThat(value).isEqualTo(85.0))
			.hasPathSatisfying("$.competencies[0].meanScore", (value) -> assertThat(value).isEqualTo(85.0))
			.hasPathSatisfying("$.keyPoints[?(@.questionId == 'hit-roi-process')].missed",
					(value) -> assertThat(value).asList().containsExactly(0));
	}

	/**
	 * Before the score and after it: the older revision arrives after the newer one while
	 * the answer is not scored yet, so only the kept review decides; then both are
	 * delivered again to the scored answer.
	 */
	@Test
	void aRedeliveredReviewAndAnOlderRevisionChangeNothing() {
		Learner ada = Events.learner(this.cohort, this.program);
		String answer = UUID.randomUUID().toString();
		this.feed.send(List.of(ada.reviewed(answer, "hit-roi-process", 2, 70, Verdict.MET),
				ada.reviewed(answer, "hit-roi-process", 1, 10, Verdict.MISSED)));
		this.feed.awaitProcessed();
		this.feed
			.send(List.of(ada.scored(answer, "hit-roi-process", 1, ROI, 40, EventFeed.minutesAgo(3), Verdict.MISSED)));
		awaitProfile(ada, "$.meanScore", 70.0);
		this.feed.awaitProcessed();
		Map<String, JsonNode> before = readModels(ada);

		this.feed.send(List.of(ada.reviewed(answer, "hit-roi-process", 1, 10, Verdict.MISSED),
				ada.reviewed(answer, "hit-roi-process", 2, 70, Verdict.MET)));
		this.feed.awaitProcessed();

		assertThat(readModels(ada)).isEqualTo(before);
		assertThat(this.mongo.findById(answer, ScoredAnswer.class).review().revision()).isEqualTo(2);
	}

	@Test
	void aReScoreAfterAReviewKeepsTheReviewedScoreCountingAndUpdatesTheMachineScore() {
		Learner ada = Events.learner(this.cohort, this.program);
		String answer = UUID.randomUUID().toString();
		this.feed
			.send(List.of(ada.scored(answer, "hit-roi-process", 1, ROI, 40, EventFeed.minutesAgo(3), Verdict.MISSED),
					ada.reviewed(answer, "hit-roi-process", 1, 75, Verdict.PARTIAL)));
		awaitProfile(ada, "$.meanScore", 75.0);

		this.feed
			.send(List.of(ada.scored(answer, "hit-roi-process", 2, ROI, 95, EventFeed.minutesAgo(3), Verdict.MET)));
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(agreement("cohorts", this.cohort)).bodyJson()
				.extractingPath("$.overall.meanMachineScore")
				.isEqualTo(95.0));

		assertThat(staff("/api/learners/{id}/profile", ada.learnerId())).bodyJson()
			.hasPathSatisfying("$.answerCount", (value) -> assertThat(value).isEqualTo(1))
			.hasPathSatisfying("$.meanScore", (value) -> assertThat(value).isEqualTo(75.0))
			.hasPathSatisfying("$.keyPoints[0].partial", (value) -> assertThat(value).isEqualTo(1));
		assertThat(agreement("cohorts", this.cohort)).bodyJson()
			.hasPathSatisfying("$.overall.meanReviewedScore", (value) -> assertThat(value).isEqualTo(75.0))
			.hasPathSatisfying("$.overall.meanAbsoluteDifference", (value) -> assertThat(value).isEqualTo(20.0));
	}

	@Test
	void aReviewThatOvertakesItsScoreCountsOnceTheScoreArrives() {
		Learner ada = Events.learner(this.cohort, this.program);
		String answer = UUID.randomUUID().toString();
		this.feed.send(List.of(ada.reviewed(answer, "hit-roi-process", 1, 30, Verdict.MISSED)));
		this.feed.awaitProcessed();
		assertThat(staff("/api/learners/{id}/profile", ada.learnerId())).hasStatus(HttpStatus.NOT_FOUND);

		this.feed
			.send(List.of(ada.scored(answer, "hit-roi-process", 1, ROI, 80, EventFeed.minutesAgo(3), Verdict.MET)));

		awaitProfile(ada, "$.answerCount", 1);
		assertThat(staff("/api/learners/{id}/profile", ada.learnerId())).bodyJson()
			.hasPathSatisfying("$.meanScore", (value) -> assertThat(value).isEqualTo(30.0))
			.hasPathSatisfying("$.keyPoints[0].missed", (value) -> assertThat(value).isEqualTo(1));
	}

	@Test
	void anAnswerStoredBeforeReviewsExistedReadsAsTheMachinesAndTakesAReview() {
		Learner ada = Events.learner(this.cohort, this.program);
		String answer = UUID.randomUUID().toString();
		this.mongo.insert(new Document("_id", answer).append("learnerId", ada.learnerId())
			.append("programId", this.program)
			.append("cohortId", this.cohort)
			.append("sessionId", "s-old")
			.append("questionId", "hit-roi-process")
			.append("questionVersion", 1)
			.append("score", 45)
			.append("competencyScores", List.of(new Document("competency", ROI).append("score", 45)))
			.append("keyPoints", List.of(new Document("criterionId", "key-point").append("verdict", "MISSED")))
			.append("submittedAt", Instant.now().minus(Duration.ofDays(2)))
			.append("scorerVersion", "key-phrase-coverage/1"), "scored_answers");
		this.mongo.insert(new Document("_id", ada.learnerId()).append("answerIds", List.of(answer)), "learner_ledgers");

		ScoredAnswer old = this.mongo.findById(answer, ScoredAnswer.class);
		assertThat(old.review()).isNull();
		assertThat(old.machineScore()).isEqualTo(old.score()).isEqualTo(45);
		assertThat(old.keyPoints()).extracting(ScoredAnswer.KeyPointVerdict::verdict).containsExactly(Verdict.MISSED);

		this.feed.send(List.of(ada.reviewed(answer, "hit-roi-process", 1, 65, Verdict.MET)));

		awaitProfile(ada, "$.meanScore", 65.0);
		assertThat(staff("/api/learners/{id}/profile", ada.learnerId())).bodyJson()
			.hasPathSatisfying("$.answerCount", (value) -> assertThat(value).isEqualTo(1))
			.hasPathSatisfying("$.cohortId", (value) -> assertThat(value).isEqualTo(this.cohort))
			.hasPathSatisfying("$.keyPoints[0].missed", (value) -> assertThat(value).isEqualTo(0));
	}

	/**
	 * Machine against reviewed scores, worked out by hand. Question a: (50, 55) (60, 65)
	 * (70, 60) (80, 90); deviations from the means 65 and 67.5 are −15 −5 5 15 and −12.5
	 * −2.5 −7.5 22.5, so r = 500 / √(500 · 725) = 0.830; |differences| 5 5 10 10, MAD
	 * 7.5. Question b: (40, 40) (90, 70), MAD 10, and two answers give no r. Question c:
	 * (30, 50) (30, 60) (30, 70), MAD 30, and a machine score that does not vary gives no
	 * r. All nine: Σx = 480, Σy = 560, Σx² = 29,800, Σy² = 36,450, Σxy = 31,350, so r =
	 * (9 · 31,350 − 480 · 560) / √((9 · 29,800 − 480²)(9 · 36,450 − 560²)) = 13,350 /
	 * √(37,800 · 14,450) = 0.571; MAD 140 / 9 = 15.6; means 53.3 and 62.2. The first
	 * answer's review is replaced by a second revision; an unreviewed answer does not
	 * count. The program adds its other cohort's (20, 80) on question c: there MAD 150 /
	 * 4 = 37.5.
	 */
	@Test
	void agreementComparesMachineWithReviewedScoresPerQuestionAndOverall() {
		String run = UUID.randomUUID().toString().substring(0, 8);
		String a = "q-a-" + run;
		String b = "q-b-" + run;
		String c = "q-c-" + run;
		this.feed.send(List.of(Events.question(a, ROI, "Names the requester")));
		Learner ada = Events.learner(this.cohort, this.program);
		Learner bob = Events.learner(this.cohort, this.program);
		Learner cy = Events.learner("other-" + this.cohort, this.program);
		String revised = UUID.randomUUID().toString();
		List<ReadyroomEvent> events = new ArrayList<>(
				List.of(ada.scored(revised, a, 1, ROI, 50, EventFeed.minutesAgo(5), Verdict.MET),
						ada.reviewed(revised, a, 1, 10, Verdict.MISSED), ada.reviewed(revised, a, 2, 55, Verdict.MET)));
		events.addAll(scoredAndReviewed(bob, a, 60, 65));
		events.addAll(scoredAndReviewed(ada, a, 70, 60));
		events.addAll(scoredAndReviewed(bob, a, 80, 90));
		events.addAll(scoredAndReviewed(ada, b, 40, 40));
		events.addAll(scoredAndReviewed(bob, b, 90, 70));
		for (int reviewed : new int[] { 50, 60, 70 }) {
			events.addAll(scoredAndReviewed(ada, c, 30, reviewed));
		}
		events.add(ada.scored(c, ROI, 99, EventFeed.minutesAgo(5)));
		events.addAll(scoredAndReviewed(cy, c, 20, 80));

		this.feed.send(events);
		this.feed.awaitProcessed();

		assertThat(agreement("cohorts", this.cohort)).hasStatusOk()
			.bodyJson()
			.hasPathSatisfying("$.scope", (value) -> assertThat(value).isEqualTo("cohort"))
			.hasPathSatisfying("$.id", (value) -> assertThat(value).isEqualTo(this.cohort))
			.hasPathSatisfying("$.overall.reviewed", (value) -> assertThat(value).isEqualTo(9))
			.hasPathSatisfying("$.overall.pearson", (value) -> assertThat(value).isEqualTo(0.571))
			.hasPathSatisfying("$.overall.meanAbsoluteDifference", (value) -> assertThat(value).isEqualTo(15.6))
			.hasPathSatisfying("$.overall.meanMachineScore", (value) -> assertThat(value).isEqualTo(53.3))
			.hasPathSatisfying("$.overall.meanReviewedScore", (value) -> assertThat(value).isEqualTo(62.2))
			.hasPathSatisfying("$.questions[*].questionId",
					(value) -> assertThat(value).asList().containsExactly(c, b, a))
			.hasPathSatisfying("$.questions[0].questionText", (value) -> assertThat(value).isNull())
			.hasPathSatisfying("$.questions[0].pearson", (value) -> assertThat(value).isNull())
			.hasPathSatisfying("$.questions[0].meanAbsoluteDifference", (value) -> assertThat(value).isEqualTo(30.0))
			.hasPathSatisfying("$.questions[1].reviewed", (value) -> assertThat(value).isEqualTo(2))
			.hasPathSatisfying("$.questions[1].pearson", (value) -> assertThat(value).isNull())
			.hasPathSatisfying("$.questions[2].questionText", (value) -> assertThat(value).isEqualTo("A question?"))
			.hasPathSatisfying("$.questions[2].pearson", (value) -> assertThat(value).isEqualTo(0.83))
			.hasPathSatisfying("$.questions[2].meanAbsoluteDifference", (value) -> assertThat(value).isEqualTo(7.5));
		assertThat(lines(staff("/api/cohorts/{id}/exports/agreement?format=csv", this.cohort))).containsExactly(
				"level,questionId,questionText,reviewed,pearson,meanAbsoluteDifference,meanMachineScore,meanReviewedScore",
				"overall,,,9,0.571,15.6,53.3,62.2", "question," + c + ",,3,,30.0,30.0,60.0",
				"question," + b + ",,2,,10.0,65.0,55.0", "question," + a + ",A question?,4,0.83,7.5,65.0,67.5");

		assertThat(agreement("programs", this.program)).hasStatusOk()
			.bodyJson()
			.hasPathSatisfying("$.scope", (value) -> assertThat(value).isEqualTo("program"))
			.hasPathSatisfying("$.overall.reviewed", (value) -> assertThat(value).isEqualTo(10))
			.hasPathSatisfying("$.questions[0].questionId", (value) -> assertThat(value).isEqualTo(c))
			.hasPathSatisfying("$.questions[0].reviewed", (value) -> assertThat(value).isEqualTo(4))
			.hasPathSatisfying("$.questions[0].meanAbsoluteDifference", (value) -> assertThat(value).isEqualTo(37.5));
		assertThat(staff("/api/programs/{id}/exports/agreement?format=json", this.program)).hasStatusOk()
			.bodyJson()
			.hasPathSatisfying("$[0].level", (value) -> assertThat(value).isEqualTo("overall"))
			.hasPathSatisfying("$[0].questionId", (value) -> assertThat(value).isNull())
			.hasPathSatisfying("$[0].reviewed", (value) -> assertThat(value).isEqualTo(10))
			.hasPathSatisfying("$[1].level", (value) -> assertThat(value).isEqualTo("question"))
			.hasPathSatisfying("$[1].meanAbsoluteDifference", (value) -> assertThat(value).isEqualTo(37.5));
		assertThat(staff("/api/cohorts/{id}/exports/agreement?format=json&to=2020-01-31", this.cohort)).hasStatusOk()
			.bodyJson()
			.hasPathSatisfying("$[*].reviewed", (value) -> assertThat(value).asList().containsExactly(0));
	}

	private List<ReadyroomEvent> scoredAndReviewed(Learner learner, String questionId, int machine, int reviewed) {
		String answer = UUID.randomUUID().toString();
		return List.of(learner.scored(answer, questionId, 1, ROI, machine, EventFeed.minutesAgo(5), Verdict.MET),
				learner.reviewed(answer, questionId, 1, reviewed, Verdict.MET));
	}

	private List<String> lines(MockMvcTester.MockMvcRequestBuilder request) {
		MvcTestResult result = request.exchange();
		assertThat(result).hasStatusOk();
		return List.of(new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8).split("\r\n"));
	}

	private Map<String, JsonNode> readModels(Learner learner) {
		Map<String, JsonNode> models = new LinkedHashMap<>();
		for (String view : List.of("profile", "weak-areas", "readiness")) {
			models.put(view, withoutBookkeeping(staff("/api/learners/{id}/" + view, learner.learnerId()).exchange()));
		}
		await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
			models.put("dashboard", withoutBookkeeping(dashboard().exchange()));
			models.put("agreement", withoutBookkeeping(agreement("cohorts", this.cohort).exchange()));
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

	private MockMvcTester.MockMvcRequestBuilder agreement(String scope, String id) {
		return staff("/api/" + scope + "/{id}/agreement", id);
	}

	/** A read as the program's director. */
	private MockMvcTester.MockMvcRequestBuilder staff(String uri, Object... variables) {
		return this.mvc.get().uri(uri, variables).header(HttpHeaders.AUTHORIZATION, this.tokens.bearer(this.director));
	}

	private MockMvcTester.MockMvcRequestBuilder dashboard() {
		return staff("/api/cohorts/{id}/dashboard", this.cohort);
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
