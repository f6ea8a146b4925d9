package io.readyroom.analytics;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.readyroom.analytics.Events.Learner;
import io.readyroom.analytics.xapi.TestLrs;
import io.readyroom.analytics.xapi.XapiStatementRules;
import io.readyroom.contracts.AnswerScored;
import io.readyroom.contracts.AnswerSubmitted;
import io.readyroom.contracts.CompetencyScore;
import io.readyroom.contracts.CriterionResult;
import io.readyroom.contracts.PracticeSessionCompleted;
import io.readyroom.contracts.PracticeSessionStarted;
import io.readyroom.contracts.SessionMode;
import io.readyroom.support.security.Caller;
import io.readyroom.testsupport.EmbeddedInfrastructure;
import io.readyroom.testsupport.TestCallers;
import io.readyroom.testsupport.TestIdentity;
import io.readyroom.testsupport.TestTokens;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.kafka.autoconfigure.KafkaConnectionDetails;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * xAPI out, against a learning record store on a local port that applies the
 * specification's rules: a program's director sets its LRS; its learners' scored answers
 * and completed sessions reach it as valid statements; an LRS that is down is tried again
 * and then dead-lettered, and the dead letters go again on request; a statement the LRS
 * refuses is dead-lettered at once; the statement file holds the same statements.
 */
@SpringBootTest(properties = { "readyroom.xapi.send-interval=100ms", "readyroom.xapi.first-retry-after=100ms",
		"readyroom.xapi.max-attempts=3", "readyroom.xapi.completion-wait=30s" })
@AutoConfigureMockMvc
@Import({ EmbeddedInfrastructure.class, TestIdentity.class })
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LrsDeliveryTests {

	/**
	 * Room for the xAPI consumer group to join on its first events, on a busy machine.
	 */
	private static final Duration PATIENCE = Duration.ofSeconds(90);

	private final TestLrs lrs = new TestLrs();

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private TestTokens tokens;

	@Autowired
	private KafkaConnectionDetails kafka;

	@Autowired
	private JsonMapper json;

	private String program;

	private Learner learner;

	private Caller director;

	@BeforeEach
	void aProgramWithAnLrs() {
		String run = UUID.randomUUID().toString().substring(0, 8);
		this.program = "program-xapi-" + run;
		this.learner = new Learner("learner-xapi-" + run, "cohort-xapi-" + run, this.program);
		this.director = TestCallers.director("dana-" + run, this.program);
		this.lrs.failNext(0, 0);
		assertThat(setLrs(this.lrs.endpoint())).hasStatusOk();
	}

	@AfterAll
	void stopTheLrs() {
		this.lrs.close();
	}

	@Test
	void aScoredAnswerAndACompletedSessionReachTheProgramsLrsAsValidStatements() {
		String session = UUID.randomUUID().toString();
		String answerId = "answer-" + UUID.randomUUID();
		send(started(session), scored(session, answerId, 70), completed(session));

		JsonNode answered = awaitStatement("answered", answerId);
		assertThat(answered.at("/actor/account/name").asString()).isEqualTo(this.learner.learnerId());
		assertThat(answered.at("/result/score/scaled").asDouble()).isEqualTo(0.7);
		assertThat(answered.at("/context/registration").asString()).isEqualTo(session);
		JsonNode completed = awaitStatement("completed", session);
		assertThat(completed.at("/result/completion").asBoolean()).isTrue();
		assertThat(completed.at("/result/score/raw").asInt()).as("the mean of the session's one answer").isEqualTo(70);
		assertThat(this.lrs.refusals()).isEmpty();
		await().atMost(PATIENCE)
			.untilAsserted(
					() -> assertThat(body(get("/api/programs/{id}/lrs")).at("/statements/SENT").asInt()).isEqualTo(2));
	}

	@Test
	void anLrsThatStaysDownIsTriedThenDeadLetteredAndTheDeadLettersGoAgainOnRequest() {
		this.lrs.failNext(Integer.MAX_VALUE, 503);
		String answerId = "answer-" + UUID.randomUUID();
		send(scored(UUID.randomUUID().toString(), answerId, 55));

		JsonNode deadLetters = await().atMost(PATIENCE)
			.until(() -> body(get("/api/programs/{id}/lrs/dead-letters")), (letters) -> letters.size() == 1);
		assertThat(deadLetters.get(0).path("attempts").asInt()).isEqualTo(3);
		assertThat(deadLetters.get(0).path("lastError").asString()).startsWith("LRS answered 503");
		assertThat(this.lrs.statements().values()).noneMatch((statement) -> statement.toString().contains(answerId));

		this.lrs.failNext(0, 0);
		MvcTestResult retry = call(HttpMethod.POST, "/api/programs/{id}/lrs/dead-letters/retry", null);
		assertThat(retry).hasStatusOk().bodyJson().extractingPath("$.requeued").isEqualTo(1);
		awaitStatement("answered", answerId);
		assertThat(body(get("/api/programs/{id}/lrs/dead-letters")).size()).isZero();
	}

	@Test
	void aStatementTheLrsRefusesIsDeadLetteredAtOnce() {
		this.lrs.failNext(1, 400);
		send(scored(UUID.randomUUID().toString(), "answer-" + UUID.randomUUID(), 40));

		JsonNode deadLetters = await().atMost(PATIENCE)
			.until(() -> body(get("/api/programs/{id}/lrs/dead-letters")), (letters) -> letters.size() == 1);
		assertThat(deadLetters.get(0).path("attempts").asInt()).isEqualTo(1);
		assertThat(deadLetters.get(0).path("lastError").asString()).startsWith("LRS answered 400");
	}

	@Test
	void theStatementFileHoldsTheStatementsTheLrsGets() throws Exception {
		String session = UUID.randomUUID().toString();
		String answerId = "answer-" + UUID.randomUUID();
		send(started(session), scored(session, answerId, 90), completed(session));
		String sentId = awaitStatement("answered", answerId).get("id").asString();

		// the file is read from the profiles' store, which its own consumers fill
		JsonNode statements = await().atMost(PATIENCE)
			.until(() -> statementFile(),
					(file) -> file.valueStream()
						.map((statement) -> statement.get("id").asString())
						.anyMatch(sentId::equals));
		assertThat(statements.valueStream().map(XapiStatementRules::violationsOf))
			.allSatisfy((violations) -> assertThat(violations).isEmpty());
		assertThat(get("/api/programs/{id}/exports/xapi?format=csv")).hasStatus(HttpStatus.BAD_REQUEST);
	}

	@Test
	void badSettingsAndTheWrongPeopleAreRefusedAndChangeNothing() {
		for (String endpoint : List.of("ftp://lrs.example.org/xapi", "https://user:pw@lrs.example.org/xapi", "lrs")) {
			assertThat(setLrs(endpoint)).as(endpoint).hasStatus(HttpStatus.BAD_REQUEST);
		}
		assertThat(body(get("/api/programs/{id}/lrs")).path("endpoint").asString()).isEqualTo(this.lrs.endpoint());
		assertThat(body(get("/api/programs/{id}/lrs")).has("password")).isFalse();
		Caller coach = TestCallers.coach("carla", this.program, this.learner.cohortId());
		assertThat(this.mvc.get()
			.uri("/api/programs/{id}/lrs", this.program)
			.header(HttpHeaders.AUTHORIZATION, this.tokens.bearer(coach))
			.exchange()).hasStatus(HttpStatus.FORBIDDEN);

		assertThat(call(HttpMethod.DELETE, "/api/programs/{id}/lrs", null)).hasStatus(HttpStatus.NO_CONTENT);
		assertThat(get("/api/programs/{id}/lrs")).hasStatus(HttpStatus.NOT_FOUND);
	}

	private JsonNode statementFile() throws Exception {
		MvcTestResult file = get("/api/programs/{id}/exports/xapi");
		assertThat(file).hasStatusOk().hasContentType(MediaType.APPLICATION_JSON);
		return this.json.readTree(file.getResponse().getContentAsString());
	}

	private JsonNode awaitStatement(String verb, String about) {
		return await().atMost(PATIENCE)
			.until(() -> this.lrs.statements()
				.values()
				.stream()
				.filter((statement) -> statement.at("/verb/id").asString().endsWith("/" + verb)
						&& statement.toString().contains(about))
				.findFirst()
				.orElse(null), (statement) -> statement != null);
	}

	private PracticeSessionStarted started(String session) {
		return new PracticeSessionStarted(UUID.randomUUID().toString(), PracticeSessionStarted.TYPE,
				PracticeSessionStarted.SCHEMA_VERSION, Instant.now(), session, this.learner.learnerId(), this.program,
				this.learner.cohortId(), "health-information-technician", SessionMode.MOCK_INTERVIEW, null);
	}

	private AnswerScored scored(String session, String answerId, int score) {
		AnswerSubmitted answer = new AnswerSubmitted(UUID.randomUUID().toString(), AnswerSubmitted.TYPE, 1,
				Instant.now(), answerId, session, this.learner.learnerId(), this.program, this.learner.cohortId(),
				"hit-roi-process", 1, "An answer.");
		return AnswerScored.of(answer, 1, score, List.of(new CompetencyScore("release-of-information", score)),
				List.of(CriterionResult.missed("key-point")), null, "key-phrase-coverage/1");
	}

	private PracticeSessionCompleted completed(String session) {
		return new PracticeSessionCompleted(UUID.randomUUID().toString(), PracticeSessionCompleted.TYPE,
				PracticeSessionCompleted.SCHEMA_VERSION, Instant.now(), session, this.learner.learnerId(),
				this.learner.cohortId(), 1);
	}

	private void send(io.readyroom.contracts.ReadyroomEvent... events) {
		try (EventFeed feed = new EventFeed(String.join(",", this.kafka.getBootstrapServers()), this.json)) {
			feed.send(List.of(events));
		}
	}

	private MvcTestResult setLrs(String endpoint) {
		return call(HttpMethod.PUT, "/api/programs/{id}/lrs",
				this.json.writeValueAsString(Map.of("endpoint", endpoint, "username", TestLrs.USERNAME, "password",
						TestLrs.PASSWORD, "accountHomePage", "https://id.example.org")));
	}

	private MvcTestResult get(String uri) {
		return call(HttpMethod.GET, uri, null);
	}

	private MvcTestResult call(HttpMethod method, String uri, String body) {
		var request = this.mvc.method(method)
			.uri(uri, this.program)
			.header(HttpHeaders.AUTHORIZATION, this.tokens.bearer(this.director));
		if (body != null) {
			request = request.contentType(MediaType.APPLICATION_JSON).content(body);
		}
		return request.exchange();
	}

	private JsonNode body(MvcTestResult result) {
		assertThat(result).hasStatusOk();
		return this.json.readTree(result.getResponse().getContentAsByteArray());
	}

}
