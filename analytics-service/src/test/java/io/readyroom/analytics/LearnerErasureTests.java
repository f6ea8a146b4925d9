package io.readyroom.analytics;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import io.readyroom.analytics.Events.Learner;
import io.readyroom.analytics.erasure.ErasedLearnerStored;
import io.readyroom.analytics.erasure.ErasedLearners;
import io.readyroom.analytics.xapi.TestLrs;
import io.readyroom.contracts.AnswerScored;
import io.readyroom.contracts.AnswerSubmitted;
import io.readyroom.contracts.AnswerTextExpired;
import io.readyroom.contracts.AssignmentChanged;
import io.readyroom.contracts.CompetencyScore;
import io.readyroom.contracts.CriterionResult;
import io.readyroom.contracts.LearnerDataRead;
import io.readyroom.contracts.LearnerErasureCompleted;
import io.readyroom.contracts.LearnerErasureRequested;
import io.readyroom.contracts.ReadyroomEvent;
import io.readyroom.contracts.Topics;
import io.readyroom.contracts.Verdict;
import io.readyroom.support.security.Caller;
import io.readyroom.testsupport.EmbeddedInfrastructure;
import io.readyroom.testsupport.TestCallers;
import io.readyroom.testsupport.TestIdentity;
import io.readyroom.testsupport.TestTokens;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.kafka.autoconfigure.KafkaConnectionDetails;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Erasing a learner: once analytics answers the request, none of its collections holds
 * the learner's id (the access log keeps the reads, no longer whose), the other learners
 * are as they were, the cohort's dashboard, question statistics and exports are those of
 * the cohort without the learner, a second request removes nothing more and is answered
 * again, and the learner's events that arrive afterwards bring nothing of them back.
 * <p>
 * The erased learner's cohort is compared with a twin cohort of the same program whose
 * learners did exactly what the remaining learners did.
 */
// configured as AccessLogTests, so the two share one application context rather than
// run two side by side
@SpringBootTest
@AutoConfigureMockMvc
@Import({ EmbeddedInfrastructure.class, TestIdentity.class })
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LearnerErasureTests {

	private static final Duration PATIENCE = Duration.ofSeconds(90);

	private static final String RUN = UUID.randomUUID().toString().substring(0, 8);

	private static final String PROGRAM = "program-erase-" + RUN;

	private static final String COHORT = "cohort-erase-" + RUN;

	private static final String TWIN = "cohort-twin-" + RUN;

	private static final Learner ANA = new Learner("ana-erased-" + RUN, COHORT, PROGRAM);

	private static final String ANSWER_TEXT = "Ana's words about release of information " + RUN;

	private static final String ERASURE = "erasure-" + RUN;

	private static final Caller DIRECTOR = TestCallers.director("dana-erase-" + RUN, PROGRAM);

	private static final Instant MONDAY = Instant.parse("2026-11-02T10:00:00Z");

	private final TestLrs lrs = new TestLrs();

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private TestTokens tokens;

	@Autowired
	private MongoTemplate mongo;

	@Autowired
	private KafkaConnectionDetails kafka;

	@Autowired
	private JsonMapper json;

	@Autowired
	private MeterRegistry meters;

	@Autowired
	private ErasedLearners erasedLearners;

	@Autowired
	private ApplicationEventPublisher listenerReports;

	private Map<String, Long> othersStoredBefore;

	@BeforeAll
	void aCohortWithTheLearnerAndATwinCohortWithout() {
		assertThat(call(this.mvc.put()
			.uri("/api/programs/{id}/lrs", PROGRAM)
			.contentType(MediaType.APPLICATION_JSON)
			.content(this.json.writeValueAsString(Map.of("endpoint", this.lrs.endpoint(), "username", TestLrs.USERNAME,
					"password", TestLrs.PASSWORD, "accountHomePage", "https://id.example.org"))),
				DIRECTOR))
			.hasStatusOk();
		List<ReadyroomEvent> events = new ArrayList<>();
		for (String cohort : List.of(COHORT, TWIN)) {
			events.add(Events.cohort(PROGRAM, cohort, 1, cohort, io.readyroom.contracts.CohortChanged.Status.OPEN));
			events.addAll(practice(new Learner("ben-" + cohort, cohort, PROGRAM), 40, 70));
			events.addAll(practice(new Learner("cleo-" + cohort, cohort, PROGRAM), 85, 55));
		}
		events.addAll(practice(ANA, 20, 95));
		events.add(ANA.reviewed(answerOf(ANA, "q-roi"), "q-roi", 1, 30, Verdict.MISSED));
		events.add(Events.assignment("assignment-ana-" + RUN, PROGRAM, COHORT, ANA.learnerId(), "For Ana alone",
				MONDAY.plus(7, ChronoUnit.DAYS), 1, AssignmentChanged.Change.ASSIGNED));
		events.add(LearnerDataRead.of("carla", "coach", "readyroom-web", "learner-profile", PROGRAM, COHORT,
				ANA.learnerId()));
		try (EventFeed feed = feed()) {
			feed.send(events);
			feed.awaitProcessed();
		}
		await().atMost(PATIENCE)
			.until(() -> dashboard(COHORT) != null && dashboard(COHORT).getInteger("learners") == 3
					&& dashboard(TWIN) != null && dashboard(TWIN).getInteger("learners") == 2);
		await().atMost(PATIENCE)
			.until(() -> stored("xapi_outbox", ANA.learnerId()) > 0 && stored("access_log", ANA.learnerId()) > 0);
		this.othersStoredBefore = storedPerCollection("ben-" + COHORT);
	}

	@AfterAll
	void stopTheLrs() {
		this.lrs.close();
	}

	@Test
	@Order(1)
	void analyticsKeepsNoAnswerTextEvenBeforeErasure() {
		assertThat(this.mongo.getCollectionNames())
			.allSatisfy((collection) -> assertThat(stored(collection, ANSWER_TEXT)).as(collection).isZero());
	}

	@Test
	@Order(2)
	void afterErasureNoCollectionHoldsTheLearnersIdAndTheOthersAreUntouched() {
		assertThat(stored("scored_answers", ANA.learnerId())).isPositive();

		JsonNode completed = erase();

		assertThat(completed.path("service").asString()).isEqualTo("analytics-service");
		assertThat(completed.path("programId").asString()).isEqualTo(PROGRAM);
		assertThat(completed.path("recordsRemoved").asLong()).isPositive();
		assertThat(this.mongo.getCollectionNames())
			.allSatisfy((collection) -> assertThat(stored(collection, ANA.learnerId())).as(collection).isZero());
		assertThat(this.mongo.count(
				Query.query(Criteria.where("programId").is(PROGRAM).and("what").is("learner-profile")), "access_log"))
			.as("the read stays on the log, no longer whose")
			.isPositive();
		assertThat(storedPerCollection("ben-" + COHORT)).isEqualTo(this.othersStoredBefore);
	}

	@Test
	@Order(3)
	void theCohortsDashboardAndQuestionStatisticsAreThoseOfTheCohortWithoutTheLearner() {
		await().atMost(PATIENCE)
			.untilAsserted(() -> assertThat(figures(dashboard(COHORT))).isEqualTo(figures(dashboard(TWIN))));
		assertThat(dashboard(COHORT).getInteger("learners")).isEqualTo(2);
		assertThat(export(COHORT, "questions")).isEqualTo(export(TWIN, "questions"));
		assertThat(export(COHORT, "matrix")).doesNotContain(ANA.learnerId())
			.isEqualTo(export(TWIN, "matrix").replace(TWIN, COHORT));
	}

	@Test
	@Order(4)
	void aSecondRequestRemovesNothingMoreAndIsAnsweredAgain() {
		JsonNode again = erase();

		assertThat(again.path("recordsRemoved").asLong()).isZero();
	}

	@Test
	@Order(5)
	void theLearnersEventsArrivingAfterErasureBringNothingBack() {
		double deadLettersBefore = deadLettered();
		String session = "s-late-" + RUN;
		try (EventFeed feed = feed()) {
			feed.send(List.of(ANA.started(session, "health-information-technician", Instant.now()),
					scored(ANA, "late-answer-" + RUN, "q-roi", 60, Instant.now(), session),
					ANA.reviewed(answerOf(ANA, "q-roi"), "q-roi", 2, 80, Verdict.MET),
					ANA.completed(session, Instant.now()), ANA.enrolment(2, null, null, null),
					Events.assignment("assignment-ana-late-" + RUN, PROGRAM, COHORT, ANA.learnerId(), "Late", MONDAY, 1,
							AssignmentChanged.Change.ASSIGNED),
					LearnerDataRead.of("carla", "coach", "readyroom-web", "learner-readiness", PROGRAM, COHORT,
							ANA.learnerId()),
					AnswerTextExpired.of(PROGRAM, Instant.now())));
			feed.sendTombstone(Topics.ENROLMENTS, ANA.learnerId());
			feed.awaitProcessed();
			feed.awaitProcessed("analytics-service",
					Set.of(Topics.LEARNER_DATA, Topics.DATA_READS, Topics.ENROLMENTS, Topics.ANSWER_SCORES));
			feed.awaitProcessed("analytics-service-xapi", Set.of(Topics.ANSWER_SCORES, Topics.PRACTICE_SESSIONS));
		}

		assertThat(this.mongo.count(
				Query.query(Criteria.where("what").is("learner-readiness").and("programId").is(PROGRAM)), "access_log"))
			.isEqualTo(1);
		assertThat(this.mongo.getCollectionNames())
			.allSatisfy((collection) -> assertThat(stored(collection, ANA.learnerId())).as(collection).isZero());
		assertThat(deadLettered()).as("the tombstone is taken quietly").isEqualTo(deadLettersBefore);
		assertThat(figures(dashboard(COHORT))).isEqualTo(figures(dashboard(TWIN)));
	}

	/**
	 * A listener that found the learner not erased just before the erasure remembered
	 * them writes after their data was removed; checking again, it reports what it
	 * stored.
	 */
	@Test
	@Order(6)
	void whatAListenerStoredWhileTheLearnerWasBeingErasedIsRemovedAgain() {
		Learner eve = new Learner("eve-erased-" + RUN, "cohort-race-" + RUN, PROGRAM);
		try (EventFeed feed = feed()) {
			feed.send(practice(eve, 50, 60));
			feed.awaitProcessed();
		}
		await().atMost(PATIENCE)
			.until(() -> dashboard(eve.cohortId()) != null && dashboard(eve.cohortId()).getInteger("learners") == 1);

		this.erasedLearners.remember(PROGRAM, eve.learnerId());
		this.listenerReports.publishEvent(new ErasedLearnerStored(PROGRAM, eve.learnerId()));

		assertThat(this.mongo.getCollectionNames())
			.allSatisfy((collection) -> assertThat(stored(collection, eve.learnerId())).as(collection).isZero());
		await().atMost(PATIENCE).until(() -> dashboard(eve.cohortId()).getInteger("learners") == 0);
	}

	/** Two answers, the first to {@code q-roi}, in one session. */
	private static List<ReadyroomEvent> practice(Learner learner, int roiScore, int codingScore) {
		String session = "s-" + learner.learnerId();
		return List.of(learner.enrolment(1, learner.cohortId(), "health-information-technician", null),
				learner.started(session, "health-information-technician", MONDAY),
				scored(learner, answerOf(learner, "q-roi"), "q-roi", roiScore, MONDAY.plusSeconds(60), session),
				scored(learner, answerOf(learner, "q-coding"), "q-coding", codingScore, MONDAY.plusSeconds(120),
						session),
				learner.completed(session, MONDAY.plusSeconds(180)));
	}

	private static String answerOf(Learner learner, String questionId) {
		return "answer-" + questionId + "-" + learner.learnerId();
	}

	/** Scored as the scorer would, the answer's text with it; Ana's text is her own. */
	private static AnswerScored scored(Learner learner, String answerId, String questionId, int score,
			Instant submittedAt, String sessionId) {
		String text = learner.equals(ANA) ? ANSWER_TEXT : "An answer.";
		AnswerSubmitted answer = new AnswerSubmitted(UUID.randomUUID().toString(), AnswerSubmitted.TYPE, 1, submittedAt,
				answerId, sessionId, learner.learnerId(), learner.programId(), learner.cohortId(), questionId, 1, text);
		CriterionResult criterion = (score >= 50) ? new CriterionResult("key-point", Verdict.MET, text, 0, 5)
				: CriterionResult.missed("key-point");
		return AnswerScored.of(answer, 1, score, List.of(new CompetencyScore("release-of-information", score)),
				List.of(criterion), null, "key-phrase-coverage/1");
	}

	/**
	 * Asks for the erasure and waits for analytics' answer to this request, the latest on
	 * the topic.
	 */
	private JsonNode erase() {
		int answeredBefore = completions().size();
		try (EventFeed feed = feed()) {
			feed.send(List.of(LearnerErasureRequested.of(ERASURE, PROGRAM, COHORT, ANA.learnerId(), DIRECTOR.id())));
		}
		List<JsonNode> answers = await().atMost(PATIENCE)
			.until(this::completions, (answered) -> answered.size() > answeredBefore);
		return answers.get(answers.size() - 1);
	}

	private List<JsonNode> completions() {
		try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(
				Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, String.join(",", this.kafka.getBootstrapServers()),
						ConsumerConfig.GROUP_ID_CONFIG, "erasure-test-" + UUID.randomUUID(),
						ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"),
				new StringDeserializer(), new StringDeserializer())) {
			consumer.subscribe(List.of(Topics.LEARNER_DATA));
			List<JsonNode> answers = new ArrayList<>();
			long until = System.nanoTime() + Duration.ofSeconds(3).toNanos();
			while (System.nanoTime() < until) {
				for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
					JsonNode event = this.json.readTree(record.value());
					if (LearnerErasureCompleted.TYPE.equals(event.path("type").asString())
							&& ERASURE.equals(event.path("erasureId").asString())) {
						answers.add(event);
					}
				}
			}
			return answers;
		}
	}

	/** How many of the collection's documents hold the text anywhere. */
	private long stored(String collection, String text) {
		return this.mongo.findAll(Document.class, collection)
			.stream()
			.filter((document) -> document.toJson().contains(text))
			.count();
	}

	private Map<String, Long> storedPerCollection(String text) {
		Map<String, Long> stored = new java.util.TreeMap<>();
		this.mongo.getCollectionNames().forEach((collection) -> stored.put(collection, stored(collection, text)));
		return stored;
	}

	private Document dashboard(String cohortId) {
		return this.mongo.findById(cohortId, Document.class, "cohort_dashboards");
	}

	/** The dashboard's figures, without what names the cohort or says when. */
	private static Document figures(Document dashboard) {
		Document figures = new Document(dashboard);
		List.of("_id", "name", "computedAt", "markGeneration").forEach(figures::remove);
		return figures;
	}

	private String export(String cohortId, String dataset) {
		MvcTestResult result = call(
				this.mvc.get().uri("/api/cohorts/{id}/exports/{dataset}?format=csv", cohortId, dataset), DIRECTOR);
		assertThat(result).hasStatusOk();
		return new String(result.getResponse().getContentAsByteArray(), java.nio.charset.StandardCharsets.UTF_8);
	}

	private double deadLettered() {
		return this.meters.find("readyroom.events.dead.lettered")
			.counters()
			.stream()
			.mapToDouble(io.micrometer.core.instrument.Counter::count)
			.sum();
	}

	private MvcTestResult call(MockMvcTester.MockMvcRequestBuilder request, Caller caller) {
		return request.header(HttpHeaders.AUTHORIZATION, this.tokens.bearer(caller)).exchange();
	}

	private EventFeed feed() {
		return new EventFeed(String.join(",", this.kafka.getBootstrapServers()), this.json);
	}

}
