package io.readyroom.session;

import java.time.Duration;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;

import io.readyroom.contracts.Topics;
import io.readyroom.support.security.Caller;
import io.readyroom.testsupport.TestCallers;
import io.readyroom.testsupport.TestTokens;
import io.readyroom.testsupport.TopicProbe;
import io.readyroom.testsupport.TraceParent;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.kafka.autoconfigure.KafkaConnectionDetails;
import org.springframework.boot.micrometer.tracing.test.autoconfigure.AutoConfigureTracing;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static io.readyroom.session.SessionApi.ROLE_TRACK;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The session service against a real broker and store; subclasses choose embedded or
 * container infrastructure, the scenarios are the same.
 */
@SpringBootTest(properties = "readyroom.session.stranded-answers.check-every=1s")
@AutoConfigureMockMvc
@AutoConfigureTracing
abstract class SessionServiceIntegrationTests {

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private TestTokens tokens;

	@Autowired
	private KafkaConnectionDetails kafka;

	@Autowired
	private MongoTemplate mongo;

	private SessionApi api;

	private final Caller learner = TestCallers.learner("learner-" + UUID.randomUUID(), "demo-program", "cohort-a");

	@BeforeEach
	void callTheApi() {
		this.api = new SessionApi(this.mvc, this.tokens);
	}

	@Test
	void publishesEveryQuestionVersionOnTheCompactedBankTopic() {
		try (TopicProbe bank = TopicProbe.watch(bootstrapServers(), Topics.QUESTION_BANK)) {
			ConsumerRecord<String, String> record = bank.awaitRecord((r) -> r.key().equals("hit-roi-process@1"));

			assertThat(record.value()).contains("\"type\":\"QuestionVersionPublished\"",
					"\"questionType\":\"situational\"", "\"id\":\"verify-identity\"");
		}
	}

	@Test
	void nextQuestionSaysWhatShapeAStrongAnswerTakesButNotItsRubric() {
		String sessionId = this.api.startedSession(this.learner);

		assertThat(this.api.nextQuestion(this.learner, sessionId)).hasStatusOk()
			.bodyJson()
			.hasPathSatisfying("$.structure",
					(structure) -> assertThat(structure).isIn("star", "ordered-steps", "free"))
			.doesNotHavePath("$.rubric")
			.doesNotHavePath("$.modelAnswer");
	}

	@Test
	void acceptedAnswerIsInKafkaKeyedByItsIdForTheLearnerOfTheToken() {
		String sessionId = this.api.startedSession(this.learner);
		String questionId = this.api.nextQuestionId(this.learner, sessionId);
		String answerId = UUID.randomUUID().toString();

		assertThat(this.api.submit(this.learner, sessionId, answerId, questionId,
				"I would verify the caller's identity first."))
			.hasStatus(HttpStatus.ACCEPTED)
			.bodyJson()
			.hasPathSatisfying("$.status", (status) -> assertThat(status).isEqualTo("ACCEPTED"));

		try (TopicProbe answers = TopicProbe.watch(bootstrapServers(), Topics.ANSWERS)) {
			ConsumerRecord<String, String> record = answers.awaitRecord((r) -> r.value().contains(answerId));
			assertThat(record.key()).isEqualTo(answerId);
			assertThat(record.value()).contains("\"type\":\"AnswerSubmitted\"", "\"questionId\":\"" + questionId + "\"",
					"\"learnerId\":\"" + this.learner.id() + "\"", "\"programId\":\"demo-program\"",
					"\"cohortId\":\"cohort-a\"");
		}
	}

	@Test
	void anAnswerIsPublishedInTheTraceOfTheRequestThatSubmittedIt() {
		String sessionId = this.api.startedSession(this.learner);
		String questionId = this.api.nextQuestionId(this.learner, sessionId);
		String answerId = UUID.randomUUID().toString();
		TraceParent caller = TraceParent.random();

		assertThat(this.mvc.post()
			.uri("/api/sessions/{id}/answers", sessionId)
			.header(HttpHeaders.AUTHORIZATION, this.tokens.bearer(this.learner))
			.header(TraceParent.HEADER, caller.header())
			.contentType(MediaType.APPLICATION_JSON)
			.content(SessionApi.answer(answerId, questionId, "I would verify the caller's identity first.")))
			.hasStatus(HttpStatus.ACCEPTED);

		try (TopicProbe answers = TopicProbe.watch(bootstrapServers(), Topics.ANSWERS)) {
			TraceParent published = TraceParent.of(answers.awaitRecord((r) -> r.value().contains(answerId)));
			assertThat(published).isNotNull();
			assertThat(published.traceId()).isEqualTo(caller.traceId());
			// the service's own span (its send), a descendant of the caller's
			assertThat(published.spanId()).isNotEqualTo(caller.spanId());
		}
	}

	@Test
	void sameAnswerIdSubmittedTwiceIsAcknowledgedAlikeAndPublishedOnce() {
		String sessionId = this.api.startedSession(this.learner);
		String questionId = this.api.nextQuestionId(this.learner, sessionId);
		String answerId = UUID.randomUUID().toString();
		String text = "I would notify the physician and escalate to the medical director.";

		MvcTestResult first = this.api.submit(this.learner, sessionId, answerId, questionId, text);
		assertThat(first).hasStatus(HttpStatus.ACCEPTED);
		MvcTestResult resent = this.api.submit(this.learner, sessionId, answerId, questionId, text);
		assertThat(resent).hasStatus(HttpStatus.ACCEPTED).bodyJson().isEqualTo(SessionApi.contentOf(first));
		assertThat(SessionApi.contentOf(resent)).contains(answerId);
		String laterAnswerId = UUID.randomUUID().toString();
		assertThat(this.api.submit(this.learner, sessionId, laterAnswerId,
				this.api.nextQuestionId(this.learner, sessionId), "A later answer."))
			.hasStatus(HttpStatus.ACCEPTED);

		try (TopicProbe answers = TopicProbe.watch(bootstrapServers(), Topics.ANSWERS)) {
			// one learner's answers share a partition, so once the later one is seen the
			// first has been
			answers.awaitRecord((r) -> r.value().contains(laterAnswerId));
			assertThat(answers.seen((r) -> r.value().contains(answerId))).hasSize(1);
		}
	}

	@Test
	void anAnswerStoredButNeverPublishedIsPublishedByItsResend() {
		String sessionId = this.api.startedSession(this.learner);
		String questionId = this.api.nextQuestionId(this.learner, sessionId);
		String answerId = UUID.randomUUID().toString();
		String text = "I would check the interface engine's error queue first.";
		String eventId = storeAsACrashLeftIt(sessionId, answerId, questionId, text, false);

		assertThat(this.api.submit(this.learner, sessionId, answerId, questionId, text)).hasStatus(HttpStatus.ACCEPTED)
			.bodyJson()
			.isEqualTo("{\"answerId\":\"" + answerId + "\",\"status\":\"ACCEPTED\"}");

		try (TopicProbe answers = TopicProbe.watch(bootstrapServers(), Topics.ANSWERS)) {
			ConsumerRecord<String, String> record = answers.awaitRecord((r) -> r.value().contains(answerId));
			assertThat(record.value()).as("the stored event, so downstream counts it once")
				.contains("\"eventId\":\"" + eventId + "\"");
		}
		assertThat(this.mongo.getCollection("answers").find(new Document("_id", answerId)).first())
			.containsEntry("published", true);
		assertThat(answeredQuestions(sessionId)).isEqualTo(1);
	}

	@Test
	void anAnswerStoredButNeverPublishedNorResentIsPublishedBySessionServiceItself() {
		String sessionId = this.api.startedSession(this.learner);
		String questionId = this.api.nextQuestionId(this.learner, sessionId);
		String answerId = UUID.randomUUID().toString();
		String eventId = storeAsACrashLeftIt(sessionId, answerId, questionId, "I would call the vendor.", false);

		try (TopicProbe answers = TopicProbe.watch(bootstrapServers(), Topics.ANSWERS)) {
			ConsumerRecord<String, String> record = answers.awaitRecord((r) -> r.value().contains(answerId));
			assertThat(record.value()).contains("\"eventId\":\"" + eventId + "\"");
		}
		await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
			assertThat(this.mongo.getCollection("answers").find(new Document("_id", answerId)).first())
				.containsEntry("published", true);
			assertThat(answeredQuestions(sessionId)).isEqualTo(1);
		});
	}

	@Test
	void anAnswerPublishedButNotYetOnItsSessionIsRecordedByItsResendAndNotPublishedAgain() {
		String sessionId = this.api.startedSession(this.learner);
		String questionId = this.api.nextQuestionId(this.learner, sessionId);
		String answerId = UUID.randomUUID().toString();
		String text = "I would reconcile the two records against the master patient index.";
		storeAsACrashLeftIt(sessionId, answerId, questionId, text, true);

		assertThat(this.api.submit(this.learner, sessionId, answerId, questionId, text)).hasStatus(HttpStatus.ACCEPTED);
		assertThat(answeredQuestions(sessionId)).isEqualTo(1);
		String laterAnswerId = UUID.randomUUID().toString();
		assertThat(this.api.submit(this.learner, sessionId, laterAnswerId,
				this.api.nextQuestionId(this.learner, sessionId), "A later answer."))
			.hasStatus(HttpStatus.ACCEPTED);

		try (TopicProbe answers = TopicProbe.watch(bootstrapServers(), Topics.ANSWERS)) {
			answers.awaitRecord((r) -> r.value().contains(laterAnswerId));
			assertThat(answers.seen((r) -> r.value().contains(answerId))).isEmpty();
		}
	}

	@Test
	void aResendOfAnAnsweredQuestionUnderItsOwnAnswerIdIsNoConflict() {
		String sessionId = this.api.startedSession(this.learner);
		String questionId = this.api.nextQuestionId(this.learner, sessionId);
		String answerId = UUID.randomUUID().toString();
		String text = "I would escalate to the privacy officer.";
		assertThat(this.api.submit(this.learner, sessionId, answerId, questionId, text)).hasStatus(HttpStatus.ACCEPTED);

		assertThat(this.api.submit(this.learner, sessionId, answerId, questionId, text)).hasStatus(HttpStatus.ACCEPTED);
		assertThat(this.api.submit(this.learner, sessionId, UUID.randomUUID().toString(), questionId, text))
			.hasStatus(HttpStatus.CONFLICT)
			.bodyJson()
			.hasPathSatisfying("$.type", (type) -> assertThat(type).asString().endsWith("question-answered"));
		assertThat(answeredQuestions(sessionId)).isEqualTo(1);
	}

	@Test
	void reusingAnAnswerIdForADifferentAnswerIsAConflict() {
		String sessionId = this.api.startedSession(this.learner);
		String questionId = this.api.nextQuestionId(this.learner, sessionId);
		String answerId = UUID.randomUUID().toString();
		this.api.submit(this.learner, sessionId, answerId, questionId, "First answer.");

		assertThat(this.api.submit(this.learner, sessionId, answerId, questionId, "A different answer."))
			.hasStatus(HttpStatus.CONFLICT)
			.hasContentType(MediaType.APPLICATION_PROBLEM_JSON)
			.bodyJson()
			.hasPathSatisfying("$.detail", (detail) -> assertThat(detail).asString().contains(answerId));
	}

	@Test
	void aSecondAnswerToTheSameQuestionOfASessionIsRefusedAndStoresNothing() {
		String sessionId = this.api.startedSession(this.learner);
		String questionId = this.api.nextQuestionId(this.learner, sessionId);
		String firstId = UUID.randomUUID().toString();
		assertThat(this.api.submit(this.learner, sessionId, firstId, questionId, "First answer."))
			.hasStatus(HttpStatus.ACCEPTED);
		String secondId = UUID.randomUUID().toString();

		assertThat(this.api.submit(this.learner, sessionId, secondId, questionId, "The same question again."))
			.hasStatus(HttpStatus.CONFLICT)
			.hasContentType(MediaType.APPLICATION_PROBLEM_JSON)
			.bodyJson()
			.hasPathSatisfying("$.detail",
					(detail) -> assertThat(detail).asString().contains(questionId, firstId, "one answer per question"));
		assertThat(storedAnswers(secondId)).isZero();
		assertThat(this.api.get(this.learner, "/api/sessions/{id}", sessionId)).hasStatusOk()
			.bodyJson()
			.hasPathSatisfying("$.answeredQuestions", (count) -> assertThat(count).isEqualTo(1));
	}

	@Test
	void differentAnswersToOneQuestionSentAtOnceAreOneAcceptedAndTheRestRefused() {
		String sessionId = this.api.startedSession(this.learner);
		String questionId = this.api.nextQuestionId(this.learner, sessionId);
		List<String> answerIds = IntStream.range(0, 6).mapToObj((i) -> UUID.randomUUID().toString()).toList();

		CyclicBarrier together = new CyclicBarrier(answerIds.size());
		List<Integer> statuses;
		ExecutorService senders = Executors.newFixedThreadPool(answerIds.size());
		try {
			statuses = answerIds.stream().map((answerId) -> CompletableFuture.supplyAsync(() -> {
				awaitAll(together);
				return this.api.submit(this.learner, sessionId, answerId, questionId, "Answer " + answerId)
					.getResponse()
					.getStatus();
			}, senders)).toList().stream().map(CompletableFuture::join).toList();
		}
		finally {
			senders.shutdown();
		}

		assertThat(statuses).containsOnly(HttpStatus.ACCEPTED.value(), HttpStatus.CONFLICT.value())
			.filteredOn((status) -> status == HttpStatus.ACCEPTED.value())
			.hasSize(1);
		assertThat(answerIds.stream().mapToLong(this::storedAnswers).sum()).isOne();
	}

	@Test
	void answerToAnUnknownSessionIsNotFoundAndStoresNothing() {
		String answerId = UUID.randomUUID().toString();

		assertThat(this.api.submit(this.learner, "no-such-session", answerId, "hit-roi-process", "Some answer."))
			.hasStatus(HttpStatus.NOT_FOUND)
			.hasContentType(MediaType.APPLICATION_PROBLEM_JSON)
			.bodyJson()
			.hasPathSatisfying("$.detail", (detail) -> assertThat(detail).asString().contains("no-such-session"));
		assertThat(storedAnswers(answerId)).isZero();
	}

	@Test
	void answerToAQuestionOutsideTheSessionIsRefusedAndStoresNothing() {
		String sessionId = this.api.startedSession(this.learner);
		String answerId = UUID.randomUUID().toString();

		assertThat(this.api.submit(this.learner, sessionId, answerId, "not-a-question", "Some answer."))
			.hasStatus(HttpStatus.UNPROCESSABLE_CONTENT)
			.hasContentType(MediaType.APPLICATION_PROBLEM_JSON)
			.bodyJson()
			.extractingPath("$.detail")
			.asString()
			.contains("not-a-question");
		assertThat(storedAnswers(answerId)).isZero();
	}

	@Test
	void invalidAnswerIsRefusedNamingTheFieldsThatAreWrongAndStoresNothing() {
		String sessionId = this.api.startedSession(this.learner);
		String tooLong = "x".repeat(10_001);

		assertThat(this.api.submit(this.learner, sessionId, "bad id with spaces", "hit-roi-process", tooLong))
			.hasStatus(HttpStatus.BAD_REQUEST)
			.hasContentType(MediaType.APPLICATION_PROBLEM_JSON)
			.bodyJson()
			.hasPathSatisfying("$.errors[*].field",
					(fields) -> assertThat(fields).asInstanceOf(InstanceOfAssertFactories.LIST)
						.containsExactlyInAnyOrder("answerId", "text"));
		assertThat(storedAnswers("bad id with spaces")).isZero();
	}

	@Test
	void anAnswerOfTheLongestLengthIsAccepted() {
		String sessionId = this.api.startedSession(this.learner);

		assertThat(this.api.submit(this.learner, sessionId, UUID.randomUUID().toString(),
				this.api.nextQuestionId(this.learner, sessionId), "x".repeat(10_000)))
			.hasStatus(HttpStatus.ACCEPTED);
	}

	@Test
	void malformedJsonIsRefused() {
		assertThat(this.api.start(this.learner, "{\"roleTrack\":")).hasStatus(HttpStatus.BAD_REQUEST)
			.hasContentType(MediaType.APPLICATION_PROBLEM_JSON)
			.bodyJson()
			.extractingPath("$.detail")
			.asString()
			.startsWith("The request body is not valid JSON");
	}

	@Test
	void invalidSessionRequestIsRefusedNamingWhatIsWrong() {
		assertThat(this.api.start(this.learner, "{\"roleTrack\":\"" + ROLE_TRACK + "\",\"questionCount\":21}"))
			.hasStatus(HttpStatus.BAD_REQUEST)
			.hasContentType(MediaType.APPLICATION_PROBLEM_JSON)
			.bodyJson()
			.extractingPath("$.errors[*].field")
			.asInstanceOf(InstanceOfAssertFactories.LIST)
			.containsExactly("questionCount");
		assertThat(this.api.start(this.learner, "{\"roleTrack\":\"" + ROLE_TRACK + "\",\"types\":[\"trivia\"]}"))
			.hasStatus(HttpStatus.BAD_REQUEST)
			.hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(storedSessionsOf(this.learner)).isZero();
	}

	@Test
	void unknownRoleTrackIsRefusedListingTheKnownOnes() {
		assertThat(this.api.start(this.learner, "{\"roleTrack\":\"astronaut\"}")).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.hasPathSatisfying("$.detail", (detail) -> assertThat(detail).asString().contains(ROLE_TRACK));
		assertThat(storedSessionsOf(this.learner)).isZero();
	}

	@Test
	void pastTimesAreRefusedNamingTheFieldWhereBackdatingIsNotAllowedAndChangeNothing() {
		String pastTime = "\"2025-01-06T09:00:00Z\"";

		assertThat(
				this.api.start(this.learner, "{\"roleTrack\":\"" + ROLE_TRACK + "\",\"startedAt\":" + pastTime + "}"))
			.hasStatus(HttpStatus.BAD_REQUEST)
			.hasContentType(MediaType.APPLICATION_PROBLEM_JSON)
			.bodyJson()
			.hasPathSatisfying("$.detail", (detail) -> assertThat(detail).asString().contains("'startedAt'"));
		assertThat(storedSessionsOf(this.learner)).isZero();

		String sessionId = this.api.startedSession(this.learner);
		String questionId = this.api.nextQuestionId(this.learner, sessionId);
		String answerId = UUID.randomUUID().toString();
		assertThat(this.api.post(this.learner,
				"{\"answerId\":\"" + answerId + "\",\"questionId\":\"" + questionId
						+ "\",\"text\":\"I would verify the caller's identity.\",\"answeredAt\":" + pastTime + "}",
				"/api/sessions/{id}/answers", sessionId))
			.hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.hasPathSatisfying("$.detail", (detail) -> assertThat(detail).asString().contains("'answeredAt'"));
		assertThat(storedAnswers(answerId)).isZero();

		assertThat(this.api.post(this.learner, "{\"completedAt\":" + pastTime + "}", "/api/sessions/{id}/complete",
				sessionId))
			.hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.hasPathSatisfying("$.detail", (detail) -> assertThat(detail).asString().contains("'completedAt'"));
		assertThat(this.api.get(this.learner, "/api/sessions/{id}", sessionId)).hasStatusOk()
			.bodyJson()
			.hasPathSatisfying("$.status", (status) -> assertThat(status).isEqualTo("ACTIVE"));
	}

	@Test
	void unknownSessionIsNotFound() {
		assertThat(this.api.get(this.learner, "/api/sessions/{id}", "no-such-session")).hasStatus(HttpStatus.NOT_FOUND)
			.hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
	}

	@Test
	void completedSessionTakesNoMoreAnswers() {
		String sessionId = this.api.startedSession(this.learner);
		String questionId = this.api.nextQuestionId(this.learner, sessionId);

		assertThat(this.api.post(this.learner, "", "/api/sessions/{id}/complete", sessionId)).hasStatusOk()
			.bodyJson()
			.hasPathSatisfying("$.status", (status) -> assertThat(status).isEqualTo("COMPLETED"));
		assertThat(this.api.submit(this.learner, sessionId, UUID.randomUUID().toString(), questionId, "Too late."))
			.hasStatus(HttpStatus.CONFLICT);
	}

	@Test
	void exposesProbesToAllAndEventCountersTaggedWithTheApplicationToAdmins() {
		String sessionId = this.api.startedSession(this.learner);
		String questionId = this.api.nextQuestionId(this.learner, sessionId);
		assertThat(this.api.submit(this.learner, sessionId, UUID.randomUUID().toString(), questionId,
				"I verify identity."))
			.hasStatus(HttpStatus.ACCEPTED);

		assertThat(this.mvc.get().uri("/actuator/health/readiness")).hasStatusOk();
		assertThat(this.mvc.get().uri("/actuator/health/liveness")).hasStatusOk();
		assertThat(this.mvc.get()
			.uri("/actuator/prometheus")
			.header(HttpHeaders.AUTHORIZATION, this.tokens.bearer(TestCallers.admin("admin")))).hasStatusOk()
			.bodyText()
			.contains("readyroom_events_produced_total{application=\"session-service\"")
			.contains("readyroom_answers_total{application=\"session-service\",stage=\"accepted\"}");
	}

	/**
	 * Stores an answer the way session-service leaves it when it is killed after storing
	 * it: not on the session yet, and published to Kafka or not.
	 * @return the id of the event stored with it
	 */
	private String storeAsACrashLeftIt(String sessionId, String answerId, String questionId, String text,
			boolean published) {
		String eventId = UUID.randomUUID().toString();
		this.mongo.getCollection("answers")
			.insertOne(new Document("_id", answerId).append("eventId", eventId)
				.append("submittedAt", new Date())
				.append("sessionId", sessionId)
				.append("learnerId", this.learner.id())
				.append("programId", "demo-program")
				.append("cohortId", "cohort-a")
				.append("questionId", questionId)
				.append("questionVersion", 1)
				.append("text", text)
				.append("published", published));
		return eventId;
	}

	private int answeredQuestions(String sessionId) {
		MvcTestResult session = this.api.get(this.learner, "/api/sessions/{id}", sessionId);
		assertThat(session).hasStatusOk();
		return SessionApi.read(session, "$.answeredQuestions");
	}

	private static void awaitAll(CyclicBarrier together) {
		try {
			together.await();
		}
		catch (InterruptedException | BrokenBarrierException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private long storedAnswers(String answerId) {
		return this.mongo.getCollection("answers").countDocuments(new Document("_id", answerId));
	}

	private long storedSessionsOf(Caller learner) {
		return this.mongo.getCollection("practice_sessions").countDocuments(new Document("learnerId", learner.id()));
	}

	private String bootstrapServers() {
		return String.join(",", this.kafka.getBootstrapServers());
	}

}
