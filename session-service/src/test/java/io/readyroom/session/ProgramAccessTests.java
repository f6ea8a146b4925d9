package io.readyroom.session;

import java.util.function.Function;
import java.util.stream.Stream;

import io.readyroom.session.ProgramApi.Program;
import io.readyroom.support.security.Caller;
import io.readyroom.testsupport.EmbeddedInfrastructure;
import io.readyroom.testsupport.TestCallers;
import io.readyroom.testsupport.TestIdentity;
import io.readyroom.testsupport.TestTokens;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static io.readyroom.session.SessionApi.contentOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * Who may call the program administration endpoints, on their own cohort or learner and
 * on another: every role, each endpoint, both. Each case runs on a fresh program (cohort
 * A coached by its coach, with Amy; cohort B with Bob; both learners have proposed a
 * target role), and a refused call changes nothing: the program reads the same after it.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import({ EmbeddedInfrastructure.class, TestIdentity.class, AnalyticsStandIn.class })
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProgramAccessTests {

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private TestTokens tokens;

	private ProgramApi api;

	@BeforeAll
	void connect() {
		this.api = new ProgramApi(this.mvc, this.tokens);
	}

	/** Who calls, placed relative to the fresh program. */
	enum Who {

		LEARNER("Amy, a learner in cohort A", (program) -> program.learner("amy")),

		COACH("the coach of cohort A", Program::coach),

		DIRECTOR("the program's director", Program::director),

		ADMIN("an admin", (program) -> TestCallers.admin("root")),

		OTHER_PROGRAMS_DIRECTOR("a director of another program",
				(program) -> TestCallers.director("omar", "elsewhere")),

		OTHER_PROGRAMS_COACH("a coach of another program",
				(program) -> TestCallers.coach("otto", "elsewhere", "cohort-a"));

		private final String description;

		private final Function<Program, Caller> caller;

		Who(String description, Function<Program, Caller> caller) {
			this.description = description;
			this.caller = caller;
		}

		Caller in(Program program) {
			return this.caller.apply(program);
		}

		@Override
		public String toString() {
			return this.description;
		}

	}

	/**
	 * What is called on: the caller's own cohort A and Amy, or cohort B and Bob, whom
	 * neither Amy nor the coach is over.
	 */
	enum Scope {

		OWN("A/Amy", "cohort-a", "amy", "cohort-b"), OTHER("B/Bob", "cohort-b", "bob", "cohort-a");

		private final String description;

		final String cohort;

		final String learner;

		/** The cohort the learner is not in. */
		final String elsewhere;

		Scope(String description, String cohort, String learner, String elsewhere) {
			this.description = description;
			this.cohort = cohort;
			this.learner = learner;
			this.elsewhere = elsewhere;
		}

		@Override
		public String toString() {
			return this.description;
		}

	}

	enum Endpoint {

		LIST_COHORTS(HttpMethod.GET, "/cohorts", ""),

		OPEN_COHORT(HttpMethod.POST, "/cohorts", "{\"name\":\"Autumn {cohort}\"}"),

		RENAME_COHORT(HttpMethod.PATCH, "/cohorts/{cohort}", "{\"name\":\"Renamed\"}"),

		CLOSE_COHORT(HttpMethod.POST, "/cohorts/{cohort}/close", ""),

		SET_COACHES(HttpMethod.PUT, "/cohorts/{cohort}/coaches", "{\"coachIds\":[\"cody\"]}"),

		LIST_ENROLMENTS(HttpMethod.GET, "/enrolments?cohortId={cohort}", ""),

		READ_ENROLMENT(HttpMethod.GET, "/enrolments/{learner}", ""),

		ENROL_OR_MOVE(HttpMethod.PUT, "/enrolments/{learner}", "{\"cohortId\":\"{elsewhere}\"}"),

		REMOVE(HttpMethod.DELETE, "/enrolments/{learner}", ""),

		IMPORT(HttpMethod.POST, "/enrolments/import", "username,cohort\n{learner},{elsewhere}\n"),

		SET_TARGET_ROLE(HttpMethod.PUT, "/enrolments/{learner}/target-role", "{\"roleTrack\":\"ehr-specialist\"}"),

		PROPOSE_TARGET_ROLE(HttpMethod.POST, "/enrolments/{learner}/target-role/proposal",
				"{\"roleTrack\":\"health-information-technician\"}"),

		DECLINE_PROPOSAL(HttpMethod.DELETE, "/enrolments/{learner}/target-role/proposal", "");

		final HttpMethod method;

		private final String path;

		private final String body;

		Endpoint(HttpMethod method, String path, String body) {
			this.method = method;
			this.path = path;
			this.body = body;
		}

		String path(Program program, Scope scope) {
			return program.path(fill(this.path, scope));
		}

		String body(Scope scope) {
			return fill(this.body, scope);
		}

		private static String fill(String template, Scope scope) {
			return template.replace("{cohort}", scope.cohort)
				.replace("{learner}", scope.learner)
				.replace("{elsewhere}", scope.elsewhere);
		}

		@Override
		public String toString() {
			return this.method + " " + this.path;
		}

	}

	/**
	 * The matrix. Columns: learner (own, other), coach (own, other), director (own,
	 * other), admin (own, other), another program's director, another program's coach.
	 */
	static Stream<Arguments> matrix() {
		return Stream
			.of(row(Endpoint.LIST_COHORTS, 403, 403, 200, 200, 200, 200, 200, 200, 404, 404),
					row(Endpoint.OPEN_COHORT, 403, 403, 403, 403, 201, 201, 201, 201, 404, 404),
					row(Endpoint.RENAME_COHORT, 403, 403, 403, 403, 200, 200, 200, 200, 404, 404),
					row(Endpoint.CLOSE_COHORT, 403, 403, 403, 403, 200, 200, 200, 200, 404, 404),
					row(Endpoint.SET_COACHES, 403, 403, 403, 403, 200, 200, 200, 200, 404, 404),
					row(Endpoint.LIST_ENROLMENTS, 403, 403, 200, 403, 200, 200, 200, 200, 404, 404),
					row(Endpoint.READ_ENROLMENT, 200, 404, 200, 404, 200, 200, 200, 200, 404, 404),
					row(Endpoint.ENROL_OR_MOVE, 403, 403, 403, 403, 200, 200, 200, 200, 404, 404),
					row(Endpoint.REMOVE, 403, 403, 403, 403, 200, 200, 200, 200, 404, 404),
					row(Endpoint.IMPORT, 403, 403, 403, 403, 200, 200, 200, 200, 404, 404),
					row(Endpoint.SET_TARGET_ROLE, 403, 403, 200, 404, 200, 200, 200, 200, 404, 404),
					row(Endpoint.PROPOSE_TARGET_ROLE, 200, 403, 403, 403, 403, 403, 403, 403, 404, 404),
					row(Endpoint.DECLINE_PROPOSAL, 403, 403, 200, 404, 200, 200, 200, 200, 404, 404))
			.flatMap((cases) -> cases);
	}

	private static Stream<Arguments> row(Endpoint endpoint, int... statuses) {
		return Stream.of(arguments(Who.LEARNER, endpoint, Scope.OWN, statuses[0]),
				arguments(Who.LEARNER, endpoint, Scope.OTHER, statuses[1]),
				arguments(Who.COACH, endpoint, Scope.OWN, statuses[2]),
				arguments(Who.COACH, endpoint, Scope.OTHER, statuses[3]),
				arguments(Who.DIRECTOR, endpoint, Scope.OWN, statuses[4]),
				arguments(Who.DIRECTOR, endpoint, Scope.OTHER, statuses[5]),
				arguments(Who.ADMIN, endpoint, Scope.OWN, statuses[6]),
				arguments(Who.ADMIN, endpoint, Scope.OTHER, statuses[7]),
				arguments(Who.OTHER_PROGRAMS_DIRECTOR, endpoint, Scope.OWN, statuses[8]),
				arguments(Who.OTHER_PROGRAMS_COACH, endpoint, Scope.OWN, statuses[9]));
	}

	@ParameterizedTest(name = "{0} calls {1} on {2}: {3}")
	@MethodSource("matrix")
	void eachRoleMayDoWhatItsPlaceInTheProgramAllowsAndARefusalChangesNothing(Who who, Endpoint endpoint, Scope scope,
			int expected) {
		Program program = this.api.freshProgram();
		proposeTargetRoles(program);
		String before = state(program);

		MvcTestResult result = send(who.in(program), endpoint, program, scope);

		assertThat(result).hasStatus(expected);
		if (expected >= 400) {
			assertThat(result).hasContentType(MediaType.APPLICATION_PROBLEM_JSON)
				.bodyJson()
				.extractingPath("$.detail")
				.asString()
				.isNotBlank();
			assertThat(state(program)).isEqualTo(before);
		}
	}

	private MvcTestResult send(Caller caller, Endpoint endpoint, Program program, Scope scope) {
		if (endpoint == Endpoint.IMPORT) {
			return this.api.importCsv(caller, program.id(), endpoint.body(scope));
		}
		return this.api.call(caller, endpoint.method, endpoint.path(program, scope), endpoint.body(scope));
	}

	private void proposeTargetRoles(Program program) {
		for (String learner : new String[] { "amy", "bob" }) {
			assertThat(this.api.call(program.learner(learner), HttpMethod.POST,
					program.path("/enrolments/" + learner + "/target-role/proposal"),
					"{\"roleTrack\":\"ehr-specialist\"}"))
				.hasStatusOk();
		}
	}

	/** Everything the program keeps, as its director reads it. */
	private String state(Program program) {
		return contentOf(this.api.get(program.director(), program.path("/cohorts")))
				+ contentOf(this.api.get(program.director(), program.path("/enrolments")));
	}

}
