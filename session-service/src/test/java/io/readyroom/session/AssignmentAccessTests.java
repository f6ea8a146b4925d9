package io.readyroom.session;

import java.util.UUID;
import java.util.stream.Stream;

import io.readyroom.contracts.Topics;
import io.readyroom.support.security.Caller;
import io.readyroom.testsupport.EmbeddedInfrastructure;
import io.readyroom.testsupport.TestCallers;
import io.readyroom.testsupport.TestIdentity;
import io.readyroom.testsupport.TestTokens;
import io.readyroom.testsupport.TopicProbe;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.kafka.autoconfigure.KafkaConnectionDetails;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static io.readyroom.session.SessionApi.read;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * Who may assign practice and manage assignments (staff of the cohort: its coach, its
 * program's director, an admin), who sees them (the learners they are for) and who starts
 * a session from one. Every refusal stores and publishes nothing.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import({ EmbeddedInfrastructure.class, TestIdentity.class, AnalyticsStandIn.class })
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AssignmentAccessTests {

	private static final Caller BEN = TestCallers.learner("ben", "program-a", "cohort-a");

	private static final Caller CARL = TestCallers.learner("carl", "program-a", "cohort-b");

	private static final Caller DORA = TestCallers.learner("dora", "program-b", "cohort-x");

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private TestTokens tokens;

	@Autowired
	private MongoTemplate mongo;

	@Autowired
	private KafkaConnectionDetails kafka;

	private SessionApi api;

	private AssignmentApi assignments;

	private TopicProbe assignmentEvents;

	/** The cohorts are known to have learners once these practised in them. */
	@BeforeAll
	void learnersPractiseInTheirCohorts() {
		this.api = new SessionApi(this.mvc, this.tokens);
		this.assignments = new AssignmentApi(this.api);
		this.assignmentEvents = TopicProbe.watch(String.join(",", this.kafka.getBootstrapServers()),
				Topics.ASSIGNMENTS);
		Stream.of(Actor.ANA.caller, BEN, CARL, DORA).forEach(this.api::startedSession);
	}

	@AfterAll
	void stopWatching() {
		this.assignmentEvents.close();
	}

	/** Which cohort is assigned to, seen from Ana's coach. */
	enum Cohort {

		ANAS("Ana's cohort", "cohort-a"), OTHER("another cohort of the program", "cohort-b"),
		OTHER_PROGRAMS("another program's cohort", "cohort-x");

		private final String description;

		final String id;

		Cohort(String description, String id) {
			this.description = description;
			this.id = id;
		}

		@Override
		public String toString() {
			return this.description;
		}

	}

	static Stream<Arguments> cohortCalls() {
		return Stream.of(arguments(Actor.ANA, Cohort.ANAS, HttpStatus.FORBIDDEN),
				arguments(Actor.HER_COACH, Cohort.ANAS, HttpStatus.OK),
				arguments(Actor.HER_COACH, Cohort.OTHER, HttpStatus.FORBIDDEN),
				arguments(Actor.HER_COACH, Cohort.OTHER_PROGRAMS, HttpStatus.FORBIDDEN),
				arguments(Actor.HER_DIRECTOR, Cohort.ANAS, HttpStatus.OK),
				arguments(Actor.HER_DIRECTOR, Cohort.OTHER, HttpStatus.OK),
				arguments(Actor.HER_DIRECTOR, Cohort.OTHER_PROGRAMS, HttpStatus.NOT_FOUND),
				arguments(Actor.ADMIN, Cohort.ANAS, HttpStatus.OK), arguments(Actor.ADMIN, Cohort.OTHER, HttpStatus.OK),
				arguments(Actor.OTHER_PROGRAMS_COACH, Cohort.ANAS, HttpStatus.FORBIDDEN),
				arguments(Actor.OTHER_PROGRAMS_DIRECTOR, Cohort.ANAS, HttpStatus.NOT_FOUND));
	}

	@ParameterizedTest(name = "{0} assigns to {1}: {2}")
	@MethodSource("cohortCalls")
	void staffOfACohortAssignToIt(Actor actor, Cohort cohort, HttpStatus expected) {
		String title = "Access " + UUID.randomUUID();

		MvcTestResult result = this.assignments.assign(actor.caller, cohort.id, AssignmentApi.drill(title));

		assertThat(result).hasStatus(expected.is2xxSuccessful() ? HttpStatus.CREATED : expected);
		if (expected.is2xxSuccessful()) {
			assertThat(result).bodyJson().extractingPath("$.cohortId").isEqualTo(cohort.id);
			this.assignmentEvents.awaitRecord((r) -> r.value().contains(title));
		}
		else {
			assertThat(result).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
			assertThat(this.mongo.getCollection("assignments").countDocuments(new Document("title", title))).isZero();
			assertThat(this.assignmentEvents.seen((r) -> r.value().contains(title))).isEmpty();
		}
	}

	@ParameterizedTest(name = "{0} lists the assignments of {1}: {2}")
	@MethodSource("cohortCalls")
	void staffOfACohortListItsAssignments(Actor actor, Cohort cohort, HttpStatus expected) {
		String assignmentId = (cohort == Cohort.OTHER_PROGRAMS) ? null
				: this.assignments.assigned(Actor.HER_DIRECTOR.caller, cohort.id, AssignmentApi.drill("Listed"));

		MvcTestResult result = this.assignments.ofCohort(actor.caller, cohort.id);

		assertThat(result).hasStatus(expected);
		if (expected == HttpStatus.OK) {
			assertThat(result).bodyJson().extractingPath("$[*].assignmentId").asArray().contains(assignmentId);
		}
	}

	/** Whose assignment is managed, seen from Ana's coach. */
	enum Managed {

		ANAS_COHORTS("Ana's cohort's", "cohort-a"), OTHER_COHORTS("another cohort's", "cohort-b");

		private final String description;

		final String cohortId;

		Managed(String description, String cohortId) {
			this.description = description;
			this.cohortId = cohortId;
		}

		@Override
		public String toString() {
			return this.description;
		}

	}

	/** The calls on one assignment, by id. */
	enum OnAssignment {

		READ(HttpMethod.GET), CHANGE(HttpMethod.PATCH), WITHDRAW(HttpMethod.DELETE);

		final HttpMethod method;

		OnAssignment(HttpMethod method) {
			this.method = method;
		}

	}

	static Stream<Arguments> assignmentCalls() {
		return Stream.of(OnAssignment.values())
			.flatMap((call) -> Stream.of(arguments(Actor.ANA, call, Managed.ANAS_COHORTS, HttpStatus.FORBIDDEN),
					arguments(Actor.HER_COACH, call, Managed.ANAS_COHORTS, HttpStatus.OK),
					arguments(Actor.HER_COACH, call, Managed.OTHER_COHORTS, HttpStatus.FORBIDDEN),
					arguments(Actor.HER_DIRECTOR, call, Managed.ANAS_COHORTS, HttpStatus.OK),
					arguments(Actor.HER_DIRECTOR, call, Managed.OTHER_COHORTS, HttpStatus.OK),
					arguments(Actor.ADMIN, call, Managed.OTHER_COHORTS, HttpStatus.OK),
					arguments(Actor.OTHER_PROGRAMS_COACH, call, Managed.ANAS_COHORTS, HttpStatus.NOT_FOUND),
					arguments(Actor.OTHER_PROGRAMS_DIRECTOR, call, Managed.ANAS_COHORTS, HttpStatus.NOT_FOUND)));
	}

	@ParameterizedTest(name = "{0}: {1} {2} assignment: {3}")
	@MethodSource("assignmentCalls")
	void staffOfItsCohortReadChangeAndWithdrawAnAssignment(Actor actor, OnAssignment call, Managed managed,
			HttpStatus expected) {
		String assignmentId = this.assignments.assigned(Actor.HER_DIRECTOR.caller, managed.cohortId,
				AssignmentApi.drill("Managed"));

		MvcTestResult result = switch (call) {
			case READ -> this.api.get(actor.caller, "/api/assignments/{id}", assignmentId);
			case CHANGE -> this.assignments.change(actor.caller, assignmentId, "{\"title\":\"Renamed\"}");
			case WITHDRAW -> this.assignments.withdraw(actor.caller, assignmentId);
		};

		assertThat(result).hasStatus(expected);
		int revision = read(this.api.get(Actor.HER_DIRECTOR.caller, "/api/assignments/{id}", assignmentId),
				"$.revision");
		assertThat(revision).isEqualTo((expected.is2xxSuccessful() && call != OnAssignment.READ) ? 2 : 1);
		if (expected.is4xxClientError()) {
			assertThat(result).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
			// the director's own change is published after anything the refused call
			// could
			// have published, on the same partition
			assertThat(this.assignments.withdraw(Actor.HER_DIRECTOR.caller, assignmentId)).hasStatusOk();
			this.assignmentEvents
				.awaitRecord((r) -> r.value().contains(assignmentId) && r.value().contains("WITHDRAWN"));
			assertThat(this.assignmentEvents.seen((r) -> r.value().contains(assignmentId))).hasSize(2);
		}
	}

	@ParameterizedTest(name = "{0} reads what is assigned to them")
	@EnumSource(Actor.class)
	void onlyLearnersReadTheirAssignments(Actor actor) {
		assertThat(this.assignments.mine(actor.caller))
			.hasStatus((actor == Actor.ANA) ? HttpStatus.OK : HttpStatus.FORBIDDEN);
	}

	@Test
	void aLearnerSeesTheirCohortsAndTheirOwnAssignmentsButNobodyElses() {
		String cohorts = this.assignments.assigned(Actor.HER_COACH.caller, "cohort-a", AssignmentApi.drill("Cohort"));
		String anas = this.assignments.assigned(Actor.HER_COACH.caller, "cohort-a", forLearner("ana"));
		String bens = this.assignments.assigned(Actor.HER_COACH.caller, "cohort-a", forLearner("ben"));
		String otherCohorts = this.assignments.assigned(Actor.HER_DIRECTOR.caller, "cohort-b",
				AssignmentApi.drill("Other cohort"));

		assertThat(this.assignments.mine(Actor.ANA.caller)).hasStatusOk()
			.bodyJson()
			.extractingPath("$[*].assignmentId")
			.asArray()
			.contains(cohorts, anas)
			.doesNotContain(bens, otherCohorts);
	}

	static Stream<Arguments> sessionsFromAssignments() {
		return Stream.of(arguments("her cohort's", "cohort-a", null, HttpStatus.CREATED),
				arguments("her own", "cohort-a", "ana", HttpStatus.CREATED),
				arguments("a classmate's", "cohort-a", "ben", HttpStatus.FORBIDDEN),
				arguments("another cohort's", "cohort-b", null, HttpStatus.FORBIDDEN));
	}

	@ParameterizedTest(name = "Ana starts a session from {0} assignment: {3}")
	@MethodSource("sessionsFromAssignments")
	void aLearnerStartsSessionsOnlyFromHerAssignments(String whose, String cohortId, String learnerId,
			HttpStatus expected) {
		String assignmentId = this.assignments.assigned(Actor.HER_DIRECTOR.caller, cohortId,
				(learnerId != null) ? forLearner(learnerId) : AssignmentApi.drill("Whose"));

		MvcTestResult result = this.assignments.startFrom(Actor.ANA.caller, assignmentId);

		assertThat(result).hasStatus(expected);
		assertThat(this.mongo.getCollection("practice_sessions")
			.countDocuments(new Document("assignmentId", assignmentId).append("learnerId", "ana")))
			.isEqualTo(expected.is2xxSuccessful() ? 1 : 0);
	}

	@Test
	void anotherProgramsAssignmentIsUnknownToALearner() {
		String theirs = this.assignments.assigned(Actor.OTHER_PROGRAMS_DIRECTOR.caller, "cohort-x",
				AssignmentApi.drill("Program B"));

		assertThat(this.assignments.startFrom(Actor.ANA.caller, theirs)).hasStatus(HttpStatus.NOT_FOUND)
			.bodyJson()
			.extractingPath("$.type")
			.isEqualTo("https://readyroom.io/problems/unknown-assignment");
		assertThat(this.assignments.startFrom(DORA, theirs)).hasStatus(HttpStatus.CREATED);
	}

	static Stream<Arguments> endpoints() {
		return Stream.of(arguments(HttpMethod.POST, "/api/cohorts/cohort-a/assignments"),
				arguments(HttpMethod.GET, "/api/cohorts/cohort-a/assignments"),
				arguments(HttpMethod.GET, "/api/assignments/mine"), arguments(HttpMethod.GET, "/api/assignments/a-1"),
				arguments(HttpMethod.PATCH, "/api/assignments/a-1"),
				arguments(HttpMethod.DELETE, "/api/assignments/a-1"));
	}

	@ParameterizedTest(name = "{0} {1} without a token: 401")
	@MethodSource("endpoints")
	void everyEndpointAsksForAToken(HttpMethod method, String uri) {
		assertThat(this.api.withBearer(method, uri, "{}", null)).hasStatus(HttpStatus.UNAUTHORIZED)
			.hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
	}

	private static String forLearner(String learnerId) {
		return AssignmentApi.drill("For " + learnerId).replace("}", ",\"learnerId\":\"" + learnerId + "\"}");
	}

}
