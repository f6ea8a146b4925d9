package io.readyroom.analytics;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import io.readyroom.analytics.Events.Learner;
import io.readyroom.support.security.Caller;
import io.readyroom.testsupport.EmbeddedInfrastructure;
import io.readyroom.testsupport.TestCallers;
import io.readyroom.testsupport.TestIdentity;
import io.readyroom.testsupport.TestTokens;
import org.bson.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.kafka.autoconfigure.KafkaConnectionDetails;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The access log: staff reads of a learner's data and every export reach the program's
 * log with who, which role, what, whose, when and through which client; a learner's reads
 * of their own data do not; the program's directors and admins read the log page by page
 * and export it; nothing changes or removes an entry.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import({ EmbeddedInfrastructure.class, TestIdentity.class })
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessLogTests {

	private static final String RUN = UUID.randomUUID().toString().substring(0, 8);

	private static final String PROGRAM = "program-log-" + RUN;

	private static final String COHORT = "cohort-log-" + RUN;

	private static final Learner ANA = new Learner("ana-log-" + RUN, COHORT, PROGRAM);

	private static final Caller COACH = TestCallers.coach("carla-log-" + RUN, PROGRAM, COHORT);

	private static final Caller DIRECTOR = TestCallers.director("dana-log-" + RUN, PROGRAM);

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
	@Qualifier("requestMappingHandlerMapping")
	private RequestMappingHandlerMapping mappings;

	@BeforeAll
	void seedOneLearner() {
		try (EventFeed feed = new EventFeed(String.join(",", this.kafka.getBootstrapServers()), this.json)) {
			feed.send(List.of(ANA.started("health-information-technician"),
					ANA.scored("hit-roi-process", "release-of-information", 60, EventFeed.minutesAgo(5))));
			feed.awaitProcessed();
		}
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(
					() -> assertThat(get(ANA.caller(), "/api/learners/{id}/profile", ANA.learnerId())).hasStatusOk());
	}

	@Test
	void aCoachsReadOfALearnersReportReachesTheProgramsLogWithWhoWhatWhoseAndClient() {
		assertThat(get(COACH, "/api/learners/{id}/weak-areas", ANA.learnerId())).hasStatusOk();

		JsonNode entry = awaitEntry(COACH.id(), "learner-weak-areas");
		assertThat(entry.path("readerRole").asString()).isEqualTo("coach");
		assertThat(entry.path("client").asString()).isEqualTo(TestCallers.WEB_CLIENT);
		assertThat(entry.path("programId").asString()).isEqualTo(PROGRAM);
		assertThat(entry.path("cohortId").asString()).isEqualTo(COHORT);
		assertThat(entry.path("learnerId").asString()).isEqualTo(ANA.learnerId());
		assertThat(entry.path("occurredAt").asString()).isNotBlank();
	}

	/**
	 * One program's reads share a partition, so once the coach's later read is on the
	 * log, the learner's earlier ones would be too had they been recorded.
	 */
	@Test
	void aLearnerReadingTheirOwnDataIsNotLogged() {
		for (String report : List.of("profile", "weak-areas", "readiness")) {
			assertThat(get(ANA.caller(), "/api/learners/{id}/" + report, ANA.learnerId())).hasStatusOk();
		}
		assertThat(get(COACH, "/api/learners/{id}/readiness", ANA.learnerId())).hasStatusOk();

		awaitEntry(COACH.id(), "learner-readiness");
		assertThat(storedEntries(Criteria.where("readerId").is(ANA.learnerId()))).isEmpty();
	}

	@Test
	void exportsAreLoggedAndTheDirectorExportsTheLogWhichIsLoggedToo() throws Exception {
		assertThat(get(COACH, "/api/cohorts/{id}/exports/matrix?format=csv", COHORT)).hasStatusOk();
		assertThat(get(COACH, "/api/cohorts/{id}/matrix", COHORT)).hasStatusOk();
		awaitEntry(COACH.id(), "cohort-matrix");

		MvcTestResult export = get(DIRECTOR, "/api/programs/{id}/exports/access-log?format=csv", PROGRAM);

		assertThat(export).hasStatusOk();
		assertThat(export.getResponse().getHeader(HttpHeaders.CONTENT_DISPOSITION))
			.contains("access-log_" + PROGRAM + ".csv");
		List<String> lines = export.getResponse().getContentAsString().lines().toList();
		assertThat(lines.get(0)).isEqualTo("occurredAt,readerId,readerRole,client,what,programId,cohortId,learnerId");
		assertThat(lines).anySatisfy((line) -> assertThat(line)
			.endsWith("," + COACH.id() + ",coach,readyroom-web,export-matrix," + PROGRAM + "," + COHORT + ","));
		assertThat(lines).anySatisfy((line) -> assertThat(line)
			.endsWith("," + COACH.id() + ",coach,readyroom-web,cohort-matrix," + PROGRAM + "," + COHORT + ","));
		JsonNode exported = awaitEntry(DIRECTOR.id(), "export-access-log");
		assertThat(exported.path("learnerId").isNull()).isTrue();
		assertThat(exported.path("cohortId").isNull()).isTrue();
	}

	@Test
	void theLogIsExportedPerProgramOnlyAndReadOnlyByItsDirectorsAndAdmins() {
		assertThat(get(COACH, "/api/cohorts/{id}/exports/access-log", COHORT)).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(get(COACH, "/api/programs/{id}/access-log", PROGRAM)).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(get(ANA.caller(), "/api/programs/{id}/access-log", PROGRAM)).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(
				get(TestCallers.director("omar", "another-program-" + RUN), "/api/programs/{id}/access-log", PROGRAM))
			.hasStatus(HttpStatus.FORBIDDEN);
		assertThat(get(TestCallers.admin("root"), "/api/programs/{id}/access-log", PROGRAM)).hasStatusOk();
		assertThat(get(DIRECTOR, "/api/programs/{id}/access-log?size=501", PROGRAM)).hasStatus(HttpStatus.BAD_REQUEST);
	}

	@Test
	void aPageCanBeRestrictedToTheReadsOfOneLearner() {
		assertThat(get(COACH, "/api/learners/{id}/profile", ANA.learnerId())).hasStatusOk();
		awaitEntry(COACH.id(), "learner-profile");

		JsonNode page = body(get(DIRECTOR, "/api/programs/{id}/access-log?learnerId=" + ANA.learnerId(), PROGRAM));

		assertThat(page.path("total").asLong()).isPositive();
		assertThat(page.path("entries").valueStream().map((entry) -> entry.path("learnerId").asString()))
			.containsOnly(ANA.learnerId());
	}

	static Stream<HttpMethod> changes() {
		return Stream.of(HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH, HttpMethod.DELETE);
	}

	@ParameterizedTest(name = "{0} is refused and changes nothing")
	@MethodSource("changes")
	void noRequestChangesOrRemovesAnEntry(HttpMethod method) {
		assertThat(get(COACH, "/api/learners/{id}/profile", ANA.learnerId())).hasStatusOk();
		String entryId = awaitEntry(COACH.id(), "learner-profile").path("entryId").asString();
		List<Document> before = storedEntries(Criteria.where("programId").is(PROGRAM));

		for (String uri : List.of("/api/programs/{id}/access-log", "/api/programs/{id}/access-log/" + entryId,
				"/api/programs/{id}/exports/access-log")) {
			MvcTestResult result = this.mvc.method(method)
				.uri(uri, PROGRAM)
				.header(HttpHeaders.AUTHORIZATION, this.tokens.bearer(TestCallers.admin("root")))
				.contentType("application/json")
				.content("{\"what\":\"nothing\"}")
				.exchange();
			assertThat(result.getResponse().getStatus()).as(method + " " + uri).isBetween(400, 499);
		}

		assertThat(storedEntries(Criteria.where("programId").is(PROGRAM))).containsAll(before);
		assertThat(storedEntries(Criteria.where("_id").is(entryId)))
			.isEqualTo(before.stream().filter((entry) -> entry.getString("_id").equals(entryId)).toList());
	}

	/** Whatever endpoint is added later, none may write to the log. */
	@Test
	void everyEndpointOnTheLogOnlyReads() {
		List<Set<RequestMethod>> logEndpoints = this.mappings.getHandlerMethods()
			.keySet()
			.stream()
			.filter((mapping) -> mapping.getPatternValues()
				.stream()
				.anyMatch((path) -> path.contains("access-log") || path.contains("/exports/")))
			.map((mapping) -> mapping.getMethodsCondition().getMethods())
			.toList();

		assertThat(logEndpoints).isNotEmpty()
			.allSatisfy((methods) -> assertThat(methods).containsOnly(RequestMethod.GET));
	}

	private JsonNode awaitEntry(String readerId, String what) {
		return await().atMost(Duration.ofSeconds(30)).until(() -> entryOf(readerId, what), (entry) -> entry != null);
	}

	private JsonNode entryOf(String readerId, String what) {
		JsonNode page = body(get(DIRECTOR, "/api/programs/{id}/access-log?size=500", PROGRAM));
		return page.path("entries")
			.valueStream()
			.filter((entry) -> entry.path("readerId").asString().equals(readerId)
					&& entry.path("what").asString().equals(what))
			.findFirst()
			.orElse(null);
	}

	private List<Document> storedEntries(Criteria criteria) {
		return this.mongo.find(Query.query(criteria), Document.class, "access_log");
	}

	private JsonNode body(MvcTestResult result) {
		assertThat(result).hasStatusOk();
		return this.json.readTree(result.getResponse().getContentAsByteArray());
	}

	private MvcTestResult get(Caller caller, String uri, Object id) {
		return this.mvc.get().uri(uri, id).header(HttpHeaders.AUTHORIZATION, this.tokens.bearer(caller)).exchange();
	}

}
