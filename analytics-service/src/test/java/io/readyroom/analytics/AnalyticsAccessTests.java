package io.readyroom.analytics;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
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
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.json.JsonMapper;

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

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * Who may read which reports and figures, and change which readiness rules: every role
 * against every endpoint, on Ana's data, her classmate's, another cohort's and another
 * program's. A learner's report is refused (403) to a coach of the learner's program who
 * does not coach their cohort and unknown (404) to anyone else but the learner and the
 * staff over them; a cohort of another program is unknown to its staff, one of their own
 * program that a coach does not coach is refused (403); a role that may not use an
 * endpoint is refused whatever it asks for. A refused change stores nothing.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import({ EmbeddedInfrastructure.class, TestIdentity.class })
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AnalyticsAccessTests {

	/** Fresh ids per run, so the other tests' learners never join these cohorts. */
	private static final String RUN = UUID.randomUUID().toString().substring(0, 8);

	private static final String PROGRAM_A = "program-a-" + RUN;

	private static final String PROGRAM_B = "program-b-" + RUN;

	private static final String COHORT_A1 = "cohort-a1-" + RUN;

	private static final String COHORT_A2 = "cohort-a2-" + RUN;

	private static final String COHORT_B1 = "cohort-b1-" + RUN;

	private static final String ROLE_TRACK = "ehr-specialist";

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

	/**
	 * Whose data is asked for: the learner's reports, their cohort's figures or their
	 * program's, seen from Ana's place, a learner in cohort A1 of program A.
	 */
	enum Whose {

		ANA("Ana", new Learner("ana-" + RUN, COHORT_A1, PROGRAM_A)),

		CLASSMATE("her classmate Ben", new Learner("ben-" + RUN, COHORT_A1, PROGRAM_A)),

		OTHER_COHORT("Carl of another cohort", new Learner("carl-" + RUN, COHORT_A2, PROGRAM_A)),

		OTHER_PROGRAM("Dora of another program", new Learner("dora-" + RUN, COHORT_B1, PROGRAM_B));

		private final String description;

		final Learner learner;

		Whose(String description, Learner learner) {
			this.description = description;
			this.learner = learner;
		}

		@Override
		public String toString() {
			return this.description;
		}

	}

	/** The callers, each placed relative to Ana. */
	enum Actor {

		ANA("Ana, a learner", Whose.ANA.learner.caller()),

		HER_COACH("Ana's coach", TestCallers.coach("carla", PROGRAM_A, COHORT_A1)),

		HER_DIRECTOR("Ana's program director", TestCallers.director("dana", PROGRAM_A)),

		ADMIN("an admin", TestCallers.admin("root"));

		private final String description;

		final Caller caller;

		Actor(String description, Caller caller) {
			this.description = description;
			this.caller = caller;
		}

		@Override
		public String toString() {
			return this.description;
		}

	}

	/** The reads, each of a learner's, a cohort's or a program's data. */
	enum Endpoint {

		PROFILE("/api/learners/{id}/profile", (whose) -> whose.learner.learnerId()),

		WEAK_AREAS("/api/learners/{id}/weak-areas", (whose) -> whose.learner.learnerId()),

		READINESS("/api/learners/{id}/readiness", (whose) -> whose.learner.learnerId()),

		DASHBOARD("/api/cohorts/{id}/dashboard", (whose) -> whose.learner.cohortId()),

		MATRIX("/api/cohorts/{id}/matrix", (whose) -> whose.learner.cohortId()),

		ASSIGNMENTS("/api/cohorts/{id}/assignments", (whose) -> whose.learner.cohortId()),

		COHORT_EXPORT("/api/cohorts/{id}/exports/matrix?format=csv", (whose) -> whose.learner.cohortId()),

		COHORT_AGREEMENT("/api/cohorts/{id}/agreement", (whose) -> whose.learner.cohortId()),

		COMPARISON("/api/programs/{id}/cohorts/comparison", (whose) -> whose.learner.programId()),

		PROGRAM_EXPORT("/api/programs/{id}/exports/summary?format=json", (whose) -> whose.learner.programId()),

		PROGRAM_AGREEMENT("/api/programs/{id}/agreement", (whose) -> whose.learner.programId()),

		ACCESS_LOG("/api/programs/{id}/access-log", (whose) -> whose.learner.programId()),

		READINESS_RULES("/api/programs/{id}/readiness-rules", (whose) -> whose.learner.programId()),

		READINESS_RULE("/api/programs/{id}/readiness-rules/" + ROLE_TRACK, (whose) -> whose.learner.programId());

		final String uri;

		private final Function<Whose, String> id;

		Endpoint(String uri, Function<Whose, String> id) {
			this.uri = uri;
			this.id = id;
		}

		String idOf(Whose whose) {
			return this.id.apply(whose);
		}

		@Override
		public String toString() {
			return "GET " + this.uri;
		}

	}

	@BeforeAll
	void seedTwoProgramsThreeCohortsFourLearners() {
		try (EventFeed feed = new EventFeed(String.join(",", this.kafka.getBootstrapServers()), this.json)) {
			for (Whose whose : Whose.values()) {
				feed.send(List.of(whose.learner.started("health-information-technician"), whose.learner
					.scored("hit-roi-process", "release-of-information", 60, EventFeed.minutesAgo(5))));
			}
			feed.awaitProcessed();
		}
		for (String cohort : List.of(COHORT_A1, COHORT_A2, COHORT_B1)) {
			await().atMost(Duration.ofSeconds(30))
				.untilAsserted(
						() -> assertThat(get(Actor.ADMIN.caller, "/api/cohorts/{id}/dashboard", cohort)).hasStatusOk());
		}
	}

	static Stream<Arguments> learnerReports() {
		return Stream.of(Endpoint.PROFILE, Endpoint.WEAK_AREAS, Endpoint.READINESS)
			.flatMap((endpoint) -> Stream.of(row(Actor.ANA, endpoint, 200, 404, 404, 404),
					row(Actor.HER_COACH, endpoint, 200, 200, 403, 404),
					row(Actor.HER_DIRECTOR, endpoint, 200, 200, 200, 404),
					row(Actor.ADMIN, endpoint, 200, 200, 200, 200)))
			.flatMap(Function.identity());
	}

	@ParameterizedTest(name = "{0}: {1} for {2} -> {3}")
	@MethodSource("learnerReports")
	void aLearnersReportsAreReadByTheLearnerAndTheStaffOverThemRefusedToOtherCoachesOfTheProgramAndUnknownToAnyoneElse(
			Actor actor, Endpoint endpoint, Whose whose, HttpStatus expected) {
		MvcTestResult result = get(actor.caller, endpoint.uri, endpoint.idOf(whose));

		assertThat(result).hasStatus(expected);
		if (expected == HttpStatus.OK) {
			assertThat(result).bodyJson().extractingPath("$.learnerId").isEqualTo(whose.learner.learnerId());
		}
		else if (expected == HttpStatus.FORBIDDEN) {
			assertThat(result).hasContentType(MediaType.APPLICATION_PROBLEM_JSON)
				.bodyJson()
				.hasPathSatisfying("$.title", (title) -> assertThat(title).isEqualTo("Not in your cohorts"))
				.hasPathSatisfying("$.detail",
						(detail) -> assertThat(detail).asString().contains(whose.learner.learnerId()));
		}
		else {
			assertThat(result).bodyJson()
				.extractingPath("$.type")
				.isEqualTo("https://readyroom.io/problems/unknown-learner");
		}
	}

	static Stream<Arguments> cohortFigures() {
		return Stream
			.of(Endpoint.DASHBOARD, Endpoint.MATRIX, Endpoint.ASSIGNMENTS, Endpoint.COHORT_EXPORT,
					Endpoint.COHORT_AGREEMENT)
			.flatMap((endpoint) -> Stream.of(row(Actor.ANA, endpoint, 403, 403, 403, 403),
					row(Actor.HER_COACH, endpoint, 200, 200, 403, 404),
					row(Actor.HER_DIRECTOR, endpoint, 200, 200, 200, 404),
					row(Actor.ADMIN, endpoint, 200, 200, 200, 200)))
			.flatMap(Function.identity());
	}

	@ParameterizedTest(name = "{0}: {1} for {2} -> {3}")
	@MethodSource("cohortFigures")
	void aCohortsFiguresAreReadByItsStaffRefusedToOtherStaffOfItsProgramAndUnknownBeyond(Actor actor, Endpoint endpoint,
			Whose whose, HttpStatus expected) {
		MvcTestResult result = get(actor.caller, endpoint.uri, endpoint.idOf(whose));

		assertThat(result).hasStatus(expected);
		if (expected == HttpStatus.OK && (endpoint == Endpoint.DASHBOARD || endpoint == Endpoint.MATRIX
				|| endpoint == Endpoint.ASSIGNMENTS)) {
			assertThat(result).bodyJson().extractingPath("$.cohortId").isEqualTo(whose.learner.cohortId());
		}
		if (expected == HttpStatus.OK && endpoint == Endpoint.COHORT_AGREEMENT) {
			assertThat(result).bodyJson().extractingPath("$.id").isEqualTo(whose.learner.cohortId());
		}
		if (expected == HttpStatus.OK && endpoint == Endpoint.COHORT_EXPORT) {
			assertThat(result).bodyText().contains(whose.learner.learnerId());
		}
		if (expected == HttpStatus.NOT_FOUND) {
			assertThat(result).bodyJson()
				.extractingPath("$.type")
				.isEqualTo("https://readyroom.io/problems/unknown-cohort");
		}
		if (expected == HttpStatus.FORBIDDEN) {
			assertThat(result).bodyJson()
				.extractingPath("$.type")
				.isEqualTo("https://readyroom.io/problems/access-refused");
		}
	}

	static Stream<Arguments> programFigures() {
		return Stream.of(Endpoint.COMPARISON, Endpoint.PROGRAM_EXPORT, Endpoint.PROGRAM_AGREEMENT, Endpoint.ACCESS_LOG)
			.flatMap((endpoint) -> Stream.of(row(Actor.ANA, endpoint, 403, 403, 403, 403),
					row(Actor.HER_COACH, endpoint, 403, 403, 403, 403),
					row(Actor.HER_DIRECTOR, endpoint, 200, 200, 200, 403),
					row(Actor.ADMIN, endpoint, 200, 200, 200, 200)))
			.flatMap(Function.identity());
	}

	@ParameterizedTest(name = "{0}: {1} for {2} -> {3}")
	@MethodSource("programFigures")
	void aProgramsComparisonExportsAgreementAndAccessLogAreForItsDirectorAndAdmins(Actor actor, Endpoint endpoint,
			Whose whose, HttpStatus expected) {
		MvcTestResult result = get(actor.caller, endpoint.uri, endpoint.idOf(whose));

		assertThat(result).hasStatus(expected);
		if (expected == HttpStatus.OK && endpoint == Endpoint.COMPARISON) {
			assertThat(result).bodyJson()
				.extractingPath("$.cohorts[*].cohortId")
				.asArray()
				.contains(whose.learner.cohortId());
		}
		if (expected == HttpStatus.OK && (endpoint == Endpoint.PROGRAM_AGREEMENT || endpoint == Endpoint.ACCESS_LOG)) {
			String id = (endpoint == Endpoint.ACCESS_LOG) ? "$.programId" : "$.id";
			assertThat(result).bodyJson().extractingPath(id).isEqualTo(whose.learner.programId());
		}
		if (expected == HttpStatus.FORBIDDEN) {
			assertThat(result).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
		}
	}

	static Stream<Arguments> readinessRuleReads() {
		return Stream.of(Endpoint.READINESS_RULES, Endpoint.READINESS_RULE)
			.flatMap((endpoint) -> Stream.of(row(Actor.ANA, endpoint, 403, 403, 403, 403),
					row(Actor.HER_COACH, endpoint, 200, 200, 200, 403),
					row(Actor.HER_DIRECTOR, endpoint, 200, 200, 200, 403),
					row(Actor.ADMIN, endpoint, 200, 200, 200, 200)))
			.flatMap(Function.identity());
	}

	@ParameterizedTest(name = "{0}: {1} for {2} -> {3}")
	@MethodSource("readinessRuleReads")
	void aProgramsReadinessRulesAreReadByItsStaffAndAdmins(Actor actor, Endpoint endpoint, Whose whose,
			HttpStatus expected) {
		MvcTestResult result = get(actor.caller, endpoint.uri, endpoint.idOf(whose));

		assertThat(result).hasStatus(expected);
		if (expected == HttpStatus.OK) {
			String requirements = (endpoint == Endpoint.READINESS_RULE) ? "$" : "$['" + ROLE_TRACK + "']";
			assertThat(result).bodyJson().extractingPath(requirements).asArray().isNotEmpty();
		}
	}

	static Stream<Arguments> readinessRuleChanges() {
		return Stream
			.of(row(Actor.ANA, HttpMethod.PUT, 403, 403, 403, 403),
					row(Actor.HER_COACH, HttpMethod.PUT, 403, 403, 403, 403),
					row(Actor.HER_DIRECTOR, HttpMethod.PUT, 200, 200, 200, 403),
					row(Actor.ADMIN, HttpMethod.PUT, 200, 200, 200, 200),
					row(Actor.ANA, HttpMethod.DELETE, 403, 403, 403, 403),
					row(Actor.HER_COACH, HttpMethod.DELETE, 403, 403, 403, 403),
					row(Actor.HER_DIRECTOR, HttpMethod.DELETE, 204, 204, 204, 403),
					row(Actor.ADMIN, HttpMethod.DELETE, 204, 204, 204, 204))
			.flatMap(Function.identity());
	}

	/**
	 * Each call starts from the program's own rule for the role track, threshold 60, set
	 * by an admin; the call asks for 75, or to drop the rule.
	 */
	@ParameterizedTest(name = "{0}: {1} readiness rules for {2} -> {3}")
	@MethodSource("readinessRuleChanges")
	void aProgramsReadinessRulesAreChangedByItsDirectorAndAdminsAndARefusedChangeStoresNothing(Actor actor,
			HttpMethod method, Whose whose, HttpStatus expected) {
		String program = whose.learner.programId();
		assertThat(changeRules(Actor.ADMIN.caller, HttpMethod.PUT, program, 60)).hasStatusOk();
		Document before = storedRules(program);

		MvcTestResult result = changeRules(actor.caller, method, program, 75);

		assertThat(result).hasStatus(expected);
		if (expected.is2xxSuccessful()) {
			assertThat(ownThreshold(program)).isEqualTo((method == HttpMethod.PUT) ? 75 : null);
		}
		else {
			assertThat(result).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
			assertThat(storedRules(program)).isEqualTo(before);
		}
	}

	@ParameterizedTest(name = "{0} without a token: 401")
	@EnumSource(Endpoint.class)
	void everyReadAsksForAToken(Endpoint endpoint) {
		MvcTestResult result = this.mvc.get().uri(endpoint.uri, endpoint.idOf(Whose.ANA)).exchange();

		assertThat(result).hasStatus(HttpStatus.UNAUTHORIZED).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(result.getResponse().getHeader(HttpHeaders.WWW_AUTHENTICATE)).startsWith("Bearer");
	}

	@ParameterizedTest(name = "{0} of readiness rules without a token: 401")
	@ValueSource(strings = { "PUT", "DELETE" })
	void everyChangeAsksForATokenAndStoresNothing(String method) {
		Document before = storedRules(PROGRAM_A);

		assertThat(this.mvc.method(HttpMethod.valueOf(method))
			.uri("/api/programs/{program}/readiness-rules/{track}", PROGRAM_A, ROLE_TRACK)
			.contentType(MediaType.APPLICATION_JSON)
			.content(rules(75))).hasStatus(HttpStatus.UNAUTHORIZED);
		assertThat(storedRules(PROGRAM_A)).isEqualTo(before);
	}

	@Test
	void aProfileNotThereYetReadsToItsLearnerLikeAnotherLearnersToAnyoneElse() {
		Caller newcomer = TestCallers.learner("newcomer-" + RUN, PROGRAM_A, COHORT_A1);

		MvcTestResult own = get(newcomer, "/api/learners/{id}/profile", newcomer.id());
		MvcTestResult someoneElses = get(Actor.ANA.caller, "/api/learners/{id}/profile",
				Whose.OTHER_PROGRAM.learner.learnerId());

		for (MvcTestResult result : List.of(own, someoneElses)) {
			assertThat(result).hasStatus(HttpStatus.NOT_FOUND)
				.hasContentType(MediaType.APPLICATION_PROBLEM_JSON)
				.bodyJson()
				.hasPathSatisfying("$.type",
						(type) -> assertThat(type).isEqualTo("https://readyroom.io/problems/unknown-learner"))
				.hasPathSatisfying("$.title", (title) -> assertThat(title).isEqualTo("No learner profile"));
		}
	}

	@Test
	void aCohortNoEventNamedIsUnknownToStaffLikeAnotherProgramsAndAsBeforeToAnAdmin() {
		String unheardOf = "cohort-unheard-of-" + RUN;
		Caller itsCoach = TestCallers.coach("carla", PROGRAM_A, COHORT_A1, unheardOf);

		for (Caller staff : List.of(itsCoach, Actor.HER_DIRECTOR.caller)) {
			assertThat(get(staff, "/api/cohorts/{id}/exports/matrix?format=csv", unheardOf))
				.hasStatus(HttpStatus.NOT_FOUND)
				.bodyJson()
				.extractingPath("$.type")
				.isEqualTo("https://readyroom.io/problems/unknown-cohort");
		}
		assertThat(get(Actor.ADMIN.caller, "/api/cohorts/{id}/dashboard", unheardOf)).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(get(Actor.ADMIN.caller, "/api/cohorts/{id}/exports/matrix?format=csv", unheardOf)).hasStatusOk()
			.bodyText()
			.satisfies((csv) -> assertThat(csv.split("\r\n")).hasSize(1));
	}

	@Test
	@ExtendWith(OutputCaptureExtension.class)
	void requestsAreLoggedWithIdsButNoToken(CapturedOutput output) {
		String bearer = this.tokens.bearer(Actor.ANA.caller);
		String uri = "/api/learners/" + Whose.ANA.learner.learnerId() + "/weak-areas";

		assertThat(this.mvc.get().uri(uri).header(HttpHeaders.AUTHORIZATION, bearer)).hasStatusOk();

		assertThat(output).contains("GET " + uri + " -> 200", "caller " + Actor.ANA.caller.id())
			.doesNotContain(bearer.substring("Bearer ".length()));
	}

	/**
	 * One row of a table: the actor's expected statuses of a call on Ana's, Ben's, Carl's
	 * and Dora's data, in that order.
	 */
	private static Stream<Arguments> row(Actor actor, Object call, int ana, int classmate, int otherCohort,
			int otherProgram) {
		return Stream.of(arguments(actor, call, Whose.ANA, HttpStatus.valueOf(ana)),
				arguments(actor, call, Whose.CLASSMATE, HttpStatus.valueOf(classmate)),
				arguments(actor, call, Whose.OTHER_COHORT, HttpStatus.valueOf(otherCohort)),
				arguments(actor, call, Whose.OTHER_PROGRAM, HttpStatus.valueOf(otherProgram)));
	}

	private MvcTestResult get(Caller caller, String uri, Object id) {
		return this.mvc.get().uri(uri, id).header(HttpHeaders.AUTHORIZATION, this.tokens.bearer(caller)).exchange();
	}

	private MvcTestResult changeRules(Caller caller, HttpMethod method, String program, int threshold) {
		return this.mvc.method(method)
			.uri("/api/programs/{program}/readiness-rules/{track}", program, ROLE_TRACK)
			.header(HttpHeaders.AUTHORIZATION, this.tokens.bearer(caller))
			.contentType(MediaType.APPLICATION_JSON)
			.content(rules(threshold))
			.exchange();
	}

	private static String rules(int threshold) {
		return "{\"requires\":[{\"competency\":\"ehr-systems\",\"threshold\":" + threshold + ",\"minAnswers\":2}]}";
	}

	/** The program's own rules as stored, or null. */
	private Document storedRules(String program) {
		return this.mongo.getCollection("readiness_rules").find(new Document("_id", program)).first();
	}

	/** The threshold of the program's own rule for the role track, or null. */
	private Integer ownThreshold(String program) {
		Document rules = storedRules(program);
		Document tracks = (rules != null) ? rules.get("roleTracks", Document.class) : null;
		List<Document> requires = (tracks != null) ? tracks.getList(ROLE_TRACK, Document.class) : null;
		return (requires != null) ? requires.get(0).getInteger("threshold") : null;
	}

}
