package io.readyroom.analytics;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.readyroom.contracts.AnswerScored;
import io.readyroom.contracts.AnswerSubmitted;
import io.readyroom.contracts.CompetencyScore;
import io.readyroom.contracts.PracticeSessionCompleted;
import io.readyroom.contracts.PracticeSessionStarted;
import io.readyroom.contracts.ReadyroomEvent;
import io.readyroom.contracts.SessionMode;
import io.readyroom.contracts.Topics;
import io.readyroom.testsupport.TestCallers;
import io.readyroom.testsupport.TestTokens;
import io.readyroom.testsupport.TopicProbe;
import io.readyroom.testsupport.TraceParent;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.kafka.autoconfigure.KafkaConnectionDetails;
import org.springframework.boot.micrometer.tracing.test.autoconfigure.AutoConfigureTracing;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.IndexInfo;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The analytics service against a real broker and store; subclasses choose embedded or
 * container infrastructure, the scenarios are the same.
 */
@SpringBootTest(properties = {
		// finished spans reach the in-memory exporter within a tenth of a second
		"management.opentelemetry.tracing.export.schedule-delay=100ms",
		"logging.level.io.readyroom.support.tracing=debug" })
@AutoConfigureMockMvc
@AutoConfigureTracing
@Import(AnalyticsServiceIntegrationTests.FinishedSpans.class)
@ExtendWith(OutputCaptureExtension.class)
abstract class AnalyticsServiceIntegrationTests {

	private static final String COMPETENCY = "release-of-information";

	private static final String PROGRAM = "program-a";

	private static final String COHORT = "cohort-a";

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private KafkaConnectionDetails kafka;

	@Autowired
	private JsonMapper json;

	@Autowired
	private MongoTemplate mongo;

	@Autowired
	private TestTokens tokens;

	@Autowired
	private MeterRegistry meters;

	@Autowired
	private InMemorySpanExporter spans;

	@Test
	void scoredAnswerIsCountedInTheLearnersProfile() {
		String learner = "learner-" + UUID.randomUUID();

		send(scored(learner, UUID.randomUUID().toString(), 1, 70));

		awaitProfile(learner, "$.answerCount", 1);
		assertThat(profile(learner)).bodyJson()
			.hasPathSatisfying("$.competencies[0].competency", (value) -> assertThat(value).isEqualTo(COMPETENCY))
			.hasPathSatisfying("$.competencies[0].answerCount", (value) -> assertThat(value).isEqualTo(1))
			.hasPathSatisfying("$.competencies[0].meanScore", (value) -> assertThat(value).isEqualTo(70.0));
	}

	@Test
	void aScoreIsFoldedInTheTraceOfItsAnswer(CapturedOutput output) {
		String learner = "learner-" + UUID.randomUUID();
		TraceParent scorer = TraceParent.random();
		AnswerScored score = scored(learner, UUID.randomUUID().toString(), 1, 70);

		TopicProbe.send(bootstrapServers(), Topics.ANSWER_SCORES, learner, this.json.writeValueAsString(score), scorer);

		awaitProfile(learner, "$.answerCount", 1);
		await().untilAsserted(() -> assertThat(this.spans.getFinishedSpanItems())
			.filteredOn((span) -> span.getTraceId().equals(scorer.traceId()))
			.anySatisfy((span) -> {
				assertThat(span.getKind()).isEqualTo(SpanKind.CONSUMER);
				assertThat(span.getName()).isEqualTo(Topics.ANSWER_SCORES + " process");
				assertThat(span.getParentSpanId()).isEqualTo(scorer.spanId());
			}));
		// the line logged in the record's span carries its trace id
		assertThat(output.getAll()
			.lines()
			.filter((line) -> line.contains(scorer.traceId()) && line.contains("Handled " + Topics.ANSWER_SCORES)))
			.isNotEmpty();
	}

	@Test
	void redeliveredScoreCountsOnce() {
		String learner = "learner-" + UUID.randomUUID();
		AnswerScored first = scored(learner, UUID.randomUUID().toString(), 1, 60);

		send(first);
		send(first);
		send(scored(learner, UUID.randomUUID().toString(), 1, 80));

		awaitProfile(learner, "$.competencies[0].meanScore", 70.0);
		assertThat(profile(learner)).bodyJson()
			.hasPathSatisfying("$.answerCount", (value) -> assertThat(value).isEqualTo(2));
	}

	/**
	 * Operators see how many answers were counted and how long after submission they
	 * reached the profile and the cohort dashboard; a redelivered score is not counted
	 * again.
	 */
	@Test
	void countedAnswersAndTheirWayToProfileAndDashboardAreMeasured() {
		String learner = "learner-" + UUID.randomUUID();
		double countedBefore = this.meters.get("readyroom.answers").tag("stage", "counted").counter().count();
		long dashboardBefore = latency("dashboard").count();
		AnswerScored first = scored(learner, UUID.randomUUID().toString(), 1, 60);

		send(first);
		send(scored(learner, UUID.randomUUID().toString(), 1, 80));
		awaitProfile(learner, "$.answerCount", 2);
		send(first);
		send(scored(learner, UUID.randomUUID().toString(), 1, 70));
		awaitProfile(learner, "$.answerCount", 3);

		assertThat(this.meters.get("readyroom.answers").tag("stage", "counted").counter().count())
			.isEqualTo(countedBefore + 3);
		assertThat(latency("profile").count()).isGreaterThanOrEqualTo(3);
		await().untilAsserted(() -> assertThat(latency("dashboard").count()).isGreaterThan(dashboardBefore));
		assertThat(this.mvc.get()
			.uri("/actuator/prometheus")
			.header(HttpHeaders.AUTHORIZATION, this.tokens.bearer(TestCallers.admin("admin")))).hasStatusOk()
			.bodyText()
			.contains("readyroom_answers_total{application=\"analytics-service\",stage=\"counted\"}")
			.contains("readyroom_answer_latency_seconds_bucket{application=\"analytics-service\",stage=\"profile\"")
			.contains("readyroom_answer_latency_seconds_bucket{application=\"analytics-service\",stage=\"dashboard\"");
	}

	@Test
	void newerRubricVersionsScoreReplacesTheOlderOneAndAStaleOneIsIgnored() {
		String learner = "learner-" + UUID.randomUUID();
		String answerId = UUID.randomUUID().toString();

		send(scored(learner, answerId, 1, 40));
		send(scored(learner, answerId, 2, 90));
		send(scored(learner, answerId, 1, 40));
		send(scored(learner, UUID.randomUUID().toString(), 2, 90));

		awaitProfile(learner, "$.answerCount", 2);
		assertThat(profile(learner)).bodyJson()
			.hasPathSatisfying("$.meanScore", (value) -> assertThat(value).isEqualTo(90.0));
	}

	@Test
	void malformedScoreGoesToTheDeadLetterTopicAndThePartitionKeepsFlowing() {
		String learner = "learner-" + UUID.randomUUID();

		TopicProbe.send(bootstrapServers(), Topics.ANSWER_SCORES, learner, "{\"type\":\"AnswerScored\",\"score\":-5}");
		send(scored(learner, UUID.randomUUID().toString(), 1, 50));

		awaitProfile(learner, "$.answerCount", 1);
		try (TopicProbe deadLetters = TopicProbe.watch(bootstrapServers(), Topics.deadLetterOf(Topics.ANSWER_SCORES))) {
			deadLetters.awaitRecord((r) -> learner.equals(r.key()));
		}
	}

	@Test
	void practiceSessionsShowInTheProfile() {
		String learner = "learner-" + UUID.randomUUID();

		send(PracticeSessionStarted.of("s-" + UUID.randomUUID(), learner, PROGRAM, COHORT,
				"health-information-technician", SessionMode.MOCK_INTERVIEW));
		send(PracticeSessionStarted.of("s-2-" + learner, learner, PROGRAM, COHORT, "health-information-technician",
				SessionMode.MOCK_INTERVIEW));
		send(PracticeSessionCompleted.of("s-2-" + learner, learner, COHORT, 3));

		awaitProfile(learner, "$.sessionsCompleted", 1);
		assertThat(profile(learner)).bodyJson()
			.hasPathSatisfying("$.sessionsStarted", (value) -> assertThat(value).isEqualTo(2))
			.hasPathSatisfying("$.answerCount", (value) -> assertThat(value).isEqualTo(0));
	}

	/**
	 * Every index the read models' queries need, under the name MongoDB gives it, the
	 * name the stores of earlier versions have: an index of the same fields under another
	 * name would fail start-up on MongoDB.
	 */
	@Test
	void theIndexesTheReadModelQueriesNeedExistAfterStartUp() {
		assertThat(indexes("learner_profiles")).contains("cohortId_1__id_1", "programId_1__id_1", "updatedAt_1");
		assertThat(indexes("scored_answers")).contains("cohortId_1_learnerId_1_submittedAt_1",
				"programId_1_learnerId_1_submittedAt_1", "cohortId_1_review.revision_1",
				"programId_1_review.revision_1");
		assertThat(indexes("practice_activity")).contains("cohortId_1_learnerId_1", "programId_1_learnerId_1",
				"assignmentId_1");
		assertThat(indexes("cohort_dashboards")).contains("programId_1__id_1");
		assertThat(indexes("enrolments")).contains("cohortId_1");
		assertThat(indexes("cohorts")).contains("programId_1_coachIds_1");
		assertThat(indexes("assignments")).contains("cohortId_1_dueAt_1");
		assertThat(indexes("stale_cohorts")).contains("stale_1");
	}

	private Timer latency(String stage) {
		return this.meters.get("readyroom.answer.latency").tag("stage", stage).timer();
	}

	/** The names of the collection's indexes. */
	private List<String> indexes(String collection) {
		return this.mongo.indexOps(collection).getIndexInfo().stream().map(IndexInfo::getName).toList();
	}

	private void awaitProfile(String learner, String path, Object expected) {
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(profile(learner)).hasStatusOk()
				.bodyJson()
				.hasPathSatisfying(path, (value) -> assertThat(value).isEqualTo(expected)));
	}

	/** The learner's profile, as the learner reads it. */
	private MockMvcTester.MockMvcRequestBuilder profile(String learner) {
		return this.mvc.get()
			.uri("/api/learners/{id}/profile", learner)
			.header(HttpHeaders.AUTHORIZATION, this.tokens.bearer(TestCallers.learner(learner, PROGRAM, COHORT)));
	}

	private static AnswerScored scored(String learner, String answerId, int questionVersion, int score) {
		AnswerSubmitted answer = new AnswerSubmitted(UUID.randomUUID().toString(), AnswerSubmitted.TYPE, 1,
				java.time.Instant.now(), answerId, "s-1", learner, PROGRAM, COHORT, "hit-roi-process", questionVersion,
				"An answer.");
		return AnswerScored.of(answer, questionVersion, score, List.of(new CompetencyScore(COMPETENCY, score)),
				List.of(), null, "key-phrase-coverage/1");
	}

	private void send(ReadyroomEvent event) {
		String topic = (event instanceof AnswerScored) ? Topics.ANSWER_SCORES : Topics.PRACTICE_SESSIONS;
		TopicProbe.send(bootstrapServers(), topic, event.partitionKey(), this.json.writeValueAsString(event));
	}

	private String bootstrapServers() {
		return String.join(",", this.kafka.getBootstrapServers());
	}

	/** Boot hands every finished span to an exporter bean; this one keeps them. */
	@TestConfiguration(proxyBeanMethods = false)
	static class FinishedSpans {

		@Bean
		InMemorySpanExporter finishedSpans() {
			return InMemorySpanExporter.create();
		}

	}

}
