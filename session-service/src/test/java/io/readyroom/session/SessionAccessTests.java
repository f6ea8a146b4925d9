package io.readyroom.session;

import java.time.Duration;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import io.readyroom.contracts.Topics;
import io.readyroom.contracts.token.Role;
import io.readyroom.support.security.Caller;
import io.readyroom.testsupport.EmbeddedInfrastructure;
import io.readyroom.testsupport.TestCallers;
import io.readyroom.testsupport.TestIdentity;
import io.readyroom.testsupport.TestTokens;
import io.readyroom.testsupport.TopicProbe;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.kafka.autoconfigure.KafkaConnectionDetails;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static io.readyroom.session.SessionApi.ROLE_TRACK;
import static io.readyroom.session.SessionApi.answer;
import static io.readyroom.session.SessionApi.read;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * Who may call the session and answer endpoints: a learner only their own sessions, staff
 * read the sessions of the learners they are over, and a session's learner, program and
 * cohort always come from the token. Every refusal is shown beside the allowed call it
 * mirrors, and a refused call stores and publishes nothing.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import({ EmbeddedInfrastructure.class, TestIdentity.class, AnalyticsStandIn.class })
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SessionAccessTests {

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private TestTokens tokens;

	@Autowired
	private MongoTemplate mongo;

	@Autowired
	private KafkaConnectionDetails kafka;

	@Autowired
	private WeakAreaEndpoint analytics;

	private SessionApi api;

	private TopicProbe answerEvents;

	private TopicProbe sessionEvents;

	@BeforeAll
	void watchTheTopics() {
		this.api = new SessionApi(this.mvc, this.tokens);
		String bootstrapServers = String.join(",", this.kafka.getBootstrapServers());
		this.answerEvents = TopicProbe.watch(bootstrapServers, Topics.ANSWERS);
		this.sessionEvents = TopicProbe.watch(bootstrapServers, Topics.PRACTICE_SESSIONS);
	}

	@AfterAll
	void stopWatching() {
		this.answerEvents.close();
		this.sessionEvents.close();
	}

	/** Whose session is called on, seen from Ana's place. */
	enum Owner {

		ANA("Ana's own", Actor.ANA.caller),

		CLASSMATE("a classmate's", TestCallers.learner("ben", "program-a", "cohort-a")),

		OTHER_COHORT("another cohort's", TestCallers.learner("carl", "program-a", "cohort-b")),

		OTHER_PROGRAM("another program's", TestCallers.learner("dora", "program-b", "cohort-x"));

		private final String description;

		final Caller learner;

		Owner(String description, Caller learner) {
			this.description = description;
			this.learner = learner;
		}

		@Override
		public String toString() {
			return this.description;
		}

	}

	/** The endpoints only a session's own learner may call. */
	enum LearnerOnly {

		NEXT_QUESTION(HttpMethod.GET, "/api/sessions/{id}/next-question", HttpStatus.OK),

		ANSWER(HttpMethod.POST, "/api/sessions/{id}/answers", HttpStatus.ACCEPTED),

		COMPLETE(HttpMethod.POST, "/api/sessions/{id}/complete", HttpStatus.OK);

		final HttpMethod method;

		final String uri;

		final HttpStatus success;

		LearnerOnly(HttpMethod method, String uri, HttpStatus success) {
			this.method = method;
			this.uri = uri;
			this.success = success;
		}

	}

	static Stream<Arguments> endpoints() {
		return Stream.of(arguments(HttpMethod.GET, "/api/competency-model"),
				arguments(HttpMethod.GET, "/api/questions"),
				arguments(HttpMethod.GET, "/api/questions/hit-roi-process"),
				arguments(HttpMethod.GET, "/api/questions/hit-roi-process/versions/1"),
				arguments(HttpMethod.POST, "/api/programs/program-a/questions"),
				arguments(HttpMethod.POST, "/api/sessions"), arguments(HttpMethod.GET, "/api/sessions/s-1"),
				arguments(HttpMethod.GET, "/api/sessions/s-1/next-question"),
				arguments(HttpMethod.POST, "/api/sessions/s-1/answers"),
				arguments(HttpMethod.POST, "/api/sessions/s-1/complete"));
	}

	@ParameterizedTest(name = "{0} {1} without a token: 401")
	@MethodSource("endpoints")
	void everyEndpointAsksForAToken(HttpMethod method, String uri) {
		MvcTestResult result = this.api.withBearer(method, uri, "{}", null);

		assertThat(result).hasStatus(HttpStatus.UNAUTHORIZED).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(result.getResponse().getHeader(HttpHeaders.WWW_AUTHENTICATE)).startsWith("Bearer");
	}

	@Test
	void anExpiredTokenIsRefused() {
		String expired = this.tokens.forCaller(Actor.ANA.caller).expiredFor(Duration.ofMinutes(2)).bearer();

		assertThat(this.api.withBearer(HttpMethod.POST, "/api/sessions", "{\"roleTrack\":\"" + ROLE_TRACK + "\"}",
				expired))
			.hasStatus(HttpStatus.UNAUTHORIZED)
			.bodyJson()
			.extractingPath("$.detail")
			.asString()
			.startsWith("The bearer token was refused");
	}

	static Stream<Arguments> sessionStarts() {
		return Stream.of(arguments(Actor.ANA, HttpStatus.CREATED), arguments(Actor.HER_COACH, HttpStatus.FORBIDDEN),
				arguments(Actor.HER_DIRECTOR, HttpStatus.FORBIDDEN), arguments(Actor.ADMIN, HttpStatus.FORBIDDEN));
	}

	@ParameterizedTest(name = "{0} starts a session: {1}")
	@MethodSource("sessionStarts")
	void onlyLearnersStartSessions(Actor actor, HttpStatus expected) {
		long before = storedSessionsOf(actor.caller);

		assertThat(this.api.start(actor.caller, "{\"roleTrack\":\"" + ROLE_TRACK + "\"}")).hasStatus(expected);

		assertThat(storedSessionsOf(actor.caller)).isEqualTo(expected.is2xxSuccessful() ? before + 1 : before);
	}

	static Stream<Arguments> sessionReads() {
		return Stream.of(arguments(Actor.ANA, Owner.ANA, HttpStatus.OK),
				arguments(Actor.ANA, Owner.CLASSMATE, HttpStatus.NOT_FOUND),
				arguments(Actor.ANA, Owner.OTHER_COHORT, HttpStatus.NOT_FOUND),
				arguments(Actor.ANA, Owner.OTHER_PROGRAM, HttpStatus.NOT_FOUND),
				arguments(Actor.HER_COACH, Owner.ANA, HttpStatus.OK),
				arguments(Actor.HER_COACH, Owner.CLASSMATE, HttpStatus.OK),
				arguments(Actor.HER_COACH, Owner.OTHER_COHORT, HttpStatus.NOT_FOUND),
				arguments(Actor.HER_COACH, Owner.OTHER_PROGRAM, HttpStatus.NOT_FOUND),
				arguments(Actor.HER_DIRECTOR, Owner.ANA, HttpStatus.OK),
				arguments(Actor.HER_DIRECTOR, Owner.CLASSMATE, HttpStatus.OK),
				arguments(Actor.HER_DIRECTOR, Owner.OTHER_COHORT, HttpStatus.OK),
				arguments(Actor.HER_DIRECTOR, Owner.OTHER_PROGRAM, HttpStatus.NOT_FOUND),
				arguments(Actor.ADMIN, Owner.ANA, HttpStatus.OK),
				arguments(Actor.ADMIN, Owner.CLASSMATE, HttpStatus.OK),
				arguments(Actor.ADMIN, Owner.OTHER_COHORT, HttpStatus.OK),
				arguments(Actor.ADMIN, Owner.OTHER_PROGRAM, HttpStatus.OK));
	}

	@ParameterizedTest(name = "{0} reads {1} session: {2}")
	@MethodSource("sessionReads")
	void aSessionIsReadByItsLearnerAndTheStaffOverThemAndUnknownToAnyoneElse(Actor actor, Owner owner,
			HttpStatus expected) {
		String sessionId = this.api.startedSession(owner.learner);

		MvcTestResult result = this.api.get(actor.caller, "/api/sessions/{id}", sessionId);

		assertThat(result).hasStatus(expected);
		if (expected == HttpStatus.OK) {
			assertThat(result).bodyJson().extractingPath("$.learnerId").isEqualTo(owner.learner.id());
		}
		else {
			assertThat(result).bodyJson()
				.extractingPath("$.type")
				.isEqualTo("https://readyroom.io/problems/unknown-session");
		}
	}

	/**
	 * One program's reads share a partition of the data-reads topic, so once the coach's
	 * later read is there, Ana's earlier one would be too had it been recorded.
	 */
	@Test
	void aStaffReadOfASessionIsOnTheAccessLogAndTheLearnersOwnIsNot() {
		String sessionId = this.api.startedSession(Owner.ANA.learner);
		Caller coach = TestCallers.coach("coach-" + UUID.randomUUID(), "program-a", "cohort-a");
		try (TopicProbe reads = TopicProbe.watch(String.join(",", this.kafka.getBootstrapServers()),
				Topics.DATA_READS)) {
			assertThat(this.api.get(Owner.ANA.learner, "/api/sessions/{id}", sessionId)).hasStatusOk();
			assertThat(this.api.get(coach, "/api/sessions/{id}", sessionId)).hasStatusOk();

			String read = reads.awaitRecord((record) -> record.value().contains("\"readerId\":\"" + coach.id() + "\""))
				.value();
			assertThat(read).contains("\"what\":\"practice-session\"", "\"readerRole\":\"coach\"",
					"\"client\":\"" + TestCallers.WEB_CLIENT + "\"", "\"learnerId\":\"" + Owner.ANA.learner.id() + "\"",
					"\"cohortId\":\"cohort-a\"", "\"programId\":\"program-a\"");
			assertThat(
					reads.seen((record) -> record.value().contains("\"readerId\":\"" + Owner.ANA.learner.id() + "\"")))
				.isEmpty();
		}
	}

	static Stream<Arguments> learnerOnlyCalls() {
		return Stream.of(LearnerOnly.values())
			.flatMap((endpoint) -> Stream.of(Owner.values())
				.flatMap((owner) -> Stream.of(
						arguments(Actor.ANA, endpoint, owner,
								(owner == Owner.ANA) ? endpoint.success : HttpStatus.NOT_FOUND),
						arguments(Actor.HER_COACH, endpoint, owner, HttpStatus.FORBIDDEN),
						arguments(Actor.HER_DIRECTOR, endpoint, owner, HttpStatus.FORBIDDEN),
						arguments(Actor.ADMIN, endpoint, owner, HttpStatus.FORBIDDEN))));
	}

	@ParameterizedTest(name = "{0} calls {1} on {2} session: {3}")
	@MethodSource("learnerOnlyCalls")
	void onlyASessionsOwnLearnerTakesItsQuestionsAnswersAndCompletesIt(Actor actor, LearnerOnly endpoint, Owner owner,
			HttpStatus expected) {
		String sessionId = this.api.startedSession(owner.learner);
		String questionId = this.api.nextQuestionId(owner.learner, sessionId);
		String answerId = UUID.randomUUID().toString();

		// only an answer has a body: completing takes none (or a demo's past time)
		String body = (endpoint == LearnerOnly.ANSWER)
				? answer(answerId, questionId, "I verify the requester's identity first.") : "";
		MvcTestResult result = this.api.call(actor.caller, endpoint.method, body, endpoint.uri, sessionId);

		assertThat(result).hasStatus(expected);
		if (expected.is4xxClientError()) {
			assertThat(result).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
			assertLeftNoTrace(endpoint, owner.learner, sessionId, questionId, answerId);
		}
	}

	@Test
	void aSessionBelongsToTheLearnerProgramAndCohortOfTheTokenAndABodyNamingOthersIsRefused() {
		Caller learner = TestCallers.learner("learner-" + UUID.randomUUID(), "program-a", "cohort-a");

		assertThat(this.api.start(learner,
				"{\"roleTrack\":\"" + ROLE_TRACK + "\"," + "\"learnerId\":\"mallory\",\"programId\":\"program-b\"}"))
			.hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.extractingPath("$.type")
			.asString()
			.endsWith("/unknown-field");
		MvcTestResult started = this.api.start(learner, "{\"roleTrack\":\"" + ROLE_TRACK + "\"}");

		assertThat(started).hasStatus(HttpStatus.CREATED)
			.bodyJson()
			.hasPathSatisfying("$.learnerId", (id) -> assertThat(id).isEqualTo(learner.id()))
			.hasPathSatisfying("$.cohortId", (cohort) -> assertThat(cohort).isEqualTo("cohort-a"));
		String sessionId = read(started, "$.sessionId");
		ConsumerRecord<String, String> event = this.sessionEvents
			.awaitRecord((r) -> r.value().contains("\"sessionId\":\"" + sessionId + "\""));
		assertThat(event.key()).isEqualTo(learner.id());
		assertThat(event.value())
			.contains("\"type\":\"PracticeSessionStarted\"", "\"learnerId\":\"" + learner.id() + "\"",
					"\"programId\":\"program-a\"", "\"cohortId\":\"cohort-a\"")
			.doesNotContain("mallory", "program-b");
	}

	@Test
	void anAnswerBelongsToTheLearnerOfTheTokenAndABodyNamingOthersIsRefused() {
		Caller learner = TestCallers.learner("learner-" + UUID.randomUUID(), "program-a", "cohort-a");
		String sessionId = this.api.startedSession(learner);
		String questionId = this.api.nextQuestionId(learner, sessionId);
		String answerId = UUID.randomUUID().toString();
		String answer = "{\"answerId\":\"" + answerId + "\",\"questionId\":\"" + questionId + "\","
				+ "\"text\":\"I verify identity first.\"";
		String namingOthers = answer
				+ ",\"learnerId\":\"mallory\",\"programId\":\"program-b\",\"cohortId\":\"cohort-x\"}";

		assertThat(this.api.post(learner, namingOthers, "/api/sessions/{id}/answers", sessionId))
			.hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(this.api.post(learner, answer + "}", "/api/sessions/{id}/answers", sessionId))
			.hasStatus(HttpStatus.ACCEPTED);

		ConsumerRecord<String, String> event = this.answerEvents.awaitRecord((r) -> r.value().contains(answerId));
		assertThat(event.key()).isEqualTo(answerId);
		assertThat(event.value())
			.contains("\"learnerId\":\"" + learner.id() + "\"", "\"programId\":\"program-a\"",
					"\"cohortId\":\"cohort-a\"")
			.doesNotContain("mallory", "program-b", "cohort-x");
	}

	@Test
	void aLearnerInSeveralCohortsChoosesOneOfThemForASession() {
		Caller learner = new Caller("learner-" + UUID.randomUUID(), Role.LEARNER, "program-a",
				Set.of("cohort-a", "cohort-b"));

		assertThat(this.api.start(learner, "{\"roleTrack\":\"" + ROLE_TRACK + "\",\"cohortId\":\"cohort-b\"}"))
			.hasStatus(HttpStatus.CREATED)
			.bodyJson()
			.extractingPath("$.cohortId")
			.isEqualTo("cohort-b");
		assertThat(this.api.start(learner, "{\"roleTrack\":\"" + ROLE_TRACK + "\"}"))
			.hasStatus(HttpStatus.UNPROCESSABLE_CONTENT)
			.hasContentType(MediaType.APPLICATION_PROBLEM_JSON)
			.bodyJson()
			.extractingPath("$.detail")
			.asString()
			.contains("cohort-a, cohort-b");
		assertThat(storedSessionsOf(learner)).isOne();
	}

	@Test
	void aLearnerCannotStartASessionInACohortTheTokenDoesNotName() {
		Caller learner = TestCallers.learner("learner-" + UUID.randomUUID(), "program-a", "cohort-a");

		assertThat(this.api.start(learner, "{\"roleTrack\":\"" + ROLE_TRACK + "\",\"cohortId\":\"cohort-b\"}"))
			.hasStatus(HttpStatus.FORBIDDEN)
			.hasContentType(MediaType.APPLICATION_PROBLEM_JSON)
			.bodyJson()
			.extractingPath("$.detail")
			.asString()
			.contains("'cohort-b' is not one of yours");

		assertThat(storedSessionsOf(learner)).isZero();
		// the learner's own session is announced on the same partition, after anything
		// the
		// refused request could have published
		String sessionId = this.api.startedSession(learner);
		this.sessionEvents.awaitRecord((r) -> r.value().contains(sessionId));
		assertThat(this.sessionEvents.seen((r) -> learner.id().equals(r.key()))).hasSize(1);
	}

	@Test
	void aLearnerWhoseTokenNamesNoCohortCannotStartASession() {
		Caller learner = new Caller("learner-" + UUID.randomUUID(), Role.LEARNER, "program-a", Set.of());

		assertThat(this.api.start(learner, "{\"roleTrack\":\"" + ROLE_TRACK + "\",\"cohortId\":\"cohort-a\"}"))
			.hasStatus(HttpStatus.FORBIDDEN)
			.hasContentType(MediaType.APPLICATION_PROBLEM_JSON)
			.bodyJson()
			.extractingPath("$.detail")
			.asString()
			.contains("names no cohort");
		assertThat(storedSessionsOf(learner)).isZero();
	}

	@Test
	void aTargetedSessionAsksAnalyticsWithTheLearnersOwnToken() {
		Caller learner = TestCallers.learner("weak-in-ehr-" + UUID.randomUUID(), "program-a", "cohort-a");
		String bearer = this.tokens.bearer(learner);

		assertThat(this.api.withBearer(HttpMethod.POST, "/api/sessions",
				"{\"roleTrack\":\"ehr-specialist\",\"mode\":\"targeted\"}", bearer))
			.hasStatus(HttpStatus.CREATED);

		assertThat(this.analytics.authorizationFor(learner.id())).contains(bearer);
	}

	@Test
	@ExtendWith(OutputCaptureExtension.class)
	void requestsAreLoggedWithIdsButNeitherAnswerTextNorToken(CapturedOutput output) {
		Caller learner = TestCallers.learner("learner-" + UUID.randomUUID(), "program-a", "cohort-a");
		String sessionId = this.api.startedSession(learner);
		String questionId = this.api.nextQuestionId(learner, sessionId);
		String bearer = this.tokens.bearer(learner);
		String text = "My answer mentions a quokka named Bartholomew";
		String uri = "/api/sessions/" + sessionId + "/answers";

		assertThat(this.api.withBearer(HttpMethod.POST, uri, answer(UUID.randomUUID().toString(), questionId, text),
				bearer))
			.hasStatus(HttpStatus.ACCEPTED);
		assertThat(this.api.withBearer(HttpMethod.POST, uri,
				answer(UUID.randomUUID().toString(), questionId, text + "x".repeat(10_000)), bearer))
			.hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(this.api.withBearer(HttpMethod.POST, uri, "{\"text\":\"" + text, bearer))
			.hasStatus(HttpStatus.BAD_REQUEST);

		assertThat(output).contains("POST " + uri + " -> 202", "POST " + uri + " -> 400", "caller " + learner.id())
			.doesNotContain("Bartholomew")
			.doesNotContain(bearer.substring("Bearer ".length()));
	}

	@ParameterizedTest(name = "{0} reads the competency model")
	@EnumSource(Actor.class)
	void everyoneSignedInReadsTheCompetencyModel(Actor actor) {
		assertThat(this.api.get(actor.caller, "/api/competency-model")).hasStatusOk();
	}

	/**
	 * Nothing of a refused call is stored, and nothing published: the learner's own
	 * answer or completion is published on the same partition (keyed by the learner)
	 * after anything the refused call could have published, so once it is seen, that
	 * would have been. Taking the next question publishes nothing even when allowed.
	 */
	private void assertLeftNoTrace(LearnerOnly endpoint, Caller owner, String sessionId, String questionId,
			String refusedAnswerId) {
		assertThat(this.mongo.getCollection("answers").countDocuments(new Document("_id", refusedAnswerId))).isZero();
		assertThat(this.api.get(owner, "/api/sessions/{id}", sessionId)).bodyJson()
			.hasPathSatisfying("$.status", (status) -> assertThat(status).isEqualTo("ACTIVE"))
			.hasPathSatisfying("$.answeredQuestions", (answered) -> assertThat(answered).isEqualTo(0));
		if (endpoint == LearnerOnly.ANSWER) {
			String ownAnswerId = UUID.randomUUID().toString();
			assertThat(this.api.submit(owner, sessionId, ownAnswerId, questionId, "My own answer."))
				.hasStatus(HttpStatus.ACCEPTED);
			this.answerEvents.awaitRecord((r) -> r.value().contains(ownAnswerId));
			assertThat(this.answerEvents.seen((r) -> r.value().contains(refusedAnswerId))).isEmpty();
		}
		if (endpoint == LearnerOnly.COMPLETE) {
			assertThat(this.api.post(owner, "", "/api/sessions/{id}/complete", sessionId)).hasStatusOk();
			this.sessionEvents.awaitRecord((r) -> completes(r, sessionId));
			assertThat(this.sessionEvents.seen((r) -> completes(r, sessionId))).hasSize(1);
		}
	}

	private static boolean completes(ConsumerRecord<String, String> record, String sessionId) {
		return record.value().contains("\"type\":\"PracticeSessionCompleted\"")
				&& record.value().contains("\"sessionId\":\"" + sessionId + "\"");
	}

	private long storedSessionsOf(Caller learner) {
		return this.mongo.getCollection("practice_sessions").countDocuments(new Document("learnerId", learner.id()));
	}

}
