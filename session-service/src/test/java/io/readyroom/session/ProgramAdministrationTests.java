package io.readyroom.session;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import io.readyroom.contracts.Topics;
import io.readyroom.contracts.token.Role;
import io.readyroom.session.ProgramApi.Program;
import io.readyroom.support.security.Caller;
import io.readyroom.testsupport.EmbeddedInfrastructure;
import io.readyroom.testsupport.TestIdentity;
import io.readyroom.testsupport.TestTokens;
import io.readyroom.testsupport.TopicProbe;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.kafka.autoconfigure.KafkaConnectionDetails;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static io.readyroom.session.SessionApi.ROLE_TRACK;
import static io.readyroom.session.SessionApi.contentOf;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A director runs a program: cohorts opened, renamed, coached and closed; learners
 * enrolled, moved, removed and imported from a file; target roles set, proposed and
 * declined. Every change is stored with the next revision and published whole, and the
 * program's data decides where a learner practises.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import({ EmbeddedInfrastructure.class, TestIdentity.class, AnalyticsStandIn.class })
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProgramAdministrationTests {

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private TestTokens tokens;

	@Autowired
	private KafkaConnectionDetails kafka;

	private ProgramApi api;

	private SessionApi sessions;

	private TopicProbe cohortEvents;

	private TopicProbe enrolmentEvents;

	@BeforeAll
	void watchTheTopics() {
		this.api = new ProgramApi(this.mvc, this.tokens);
		this.sessions = new SessionApi(this.mvc, this.tokens);
		String bootstrapServers = String.join(",", this.kafka.getBootstrapServers());
		this.cohortEvents = TopicProbe.watch(bootstrapServers, Topics.COHORTS);
		this.enrolmentEvents = TopicProbe.watch(bootstrapServers, Topics.ENROLMENTS);
	}

	@AfterAll
	void stopWatching() {
		this.cohortEvents.close();
		this.enrolmentEvents.close();
	}

	@Test
	void aCohortOpenedWithoutAnIdGetsOneFromItsNameAndEveryChangeIsPublishedWithTheNextRevision() {
		Program program = Program.named("program-" + UUID.randomUUID());
		Caller director = program.director();

		assertThat(this.api.call(director, HttpMethod.POST, program.path("/cohorts"),
				"{\"name\":\"Spring 2027 – Évening\"}"))
			.hasStatus(HttpStatus.CREATED)
			.bodyJson()
			.hasPathSatisfying("$.cohortId", (id) -> assertThat(id).isEqualTo("spring-2027-evening"))
			.hasPathSatisfying("$.revision", (revision) -> assertThat(revision).isEqualTo(1));
		String cohort = program.path("/cohorts/spring-2027-evening");
		assertThat(this.api.call(director, HttpMethod.PATCH, cohort, "{\"name\":\"Spring evening\"}")).hasStatusOk();
		assertThat(this.api.call(director, HttpMethod.PATCH, cohort, "{\"name\":\"Spring evening\"}")).hasStatusOk();
		assertThat(this.api.call(director, HttpMethod.PUT, cohort + "/coaches", "{\"coachIds\":[\"cody\",\"cody\"]}"))
			.hasStatusOk();
		assertThat(this.api.call(director, HttpMethod.POST, cohort + "/close", "")).hasStatusOk()
			.bodyJson()
			.hasPathSatisfying("$.revision", (revision) -> assertThat(revision).isEqualTo(4))
			.hasPathSatisfying("$.status", (status) -> assertThat(status).isEqualTo("CLOSED"))
			.hasPathSatisfying("$.coachIds", (coaches) -> assertThat(coaches).isEqualTo(List.of("cody")));

		String key = program.id() + "/spring-2027-evening";
		this.cohortEvents.awaitRecord((r) -> key.equals(r.key()) && r.value().contains("\"revision\":4"));
		assertThat(this.cohortEvents.seen((r) -> key.equals(r.key()))).extracting(ConsumerRecord::value)
			.satisfiesExactly((opened) -> assertThat(opened).contains("\"change\":\"OPENED\"", "\"revision\":1"),
					(renamed) -> assertThat(renamed).contains("\"change\":\"RENAMED\"", "\"revision\":2",
							"\"name\":\"Spring evening\""),
					(coached) -> assertThat(coached).contains("\"change\":\"COACHES_CHANGED\"", "\"revision\":3",
							"\"coachIds\":[\"cody\"]"),
					(closed) -> assertThat(closed).contains("\"change\":\"CLOSED\"", "\"revision\":4",
							"\"status\":\"CLOSED\"", "\"changedBy\":\"dana\""));
	}

	@Test
	void aCohortIdIsTakenOnce() {
		Program program = this.api.freshProgram();

		assertThat(
				this.api.call(program.director(), HttpMethod.POST, program.path("/cohorts"), "{\"name\":\"Cohort A\"}"))
			.hasStatus(HttpStatus.CONFLICT)
			.bodyJson()
			.extractingPath("$.type")
			.isEqualTo("https://readyroom.io/problems/cohort-id-taken");
	}

	@Test
	void aLearnersEnrolmentMovesAndEndsWithTheNextRevisionEachTimeAndIsPublishedKeyedByTheLearner() {
		Program program = this.api.freshProgram();
		String amy = program.path("/enrolments/amy");

		assertThat(this.api.call(program.director(), HttpMethod.PUT, amy, "{\"cohortId\":\"cohort-b\"}")).hasStatusOk();
		assertThat(this.api.call(program.director(), HttpMethod.PUT, amy, "{\"cohortId\":\"cohort-b\"}")).hasStatusOk();
		assertThat(this.api.call(program.director(), HttpMethod.DELETE, amy, "")).hasStatusOk()
			.bodyJson()
			.hasPathSatisfying("$.cohortId", (cohort) -> assertThat(cohort).isNull())
			.hasPathSatisfying("$.revision", (revision) -> assertThat(revision).isEqualTo(3));

		this.enrolmentEvents.awaitRecord((r) -> ofProgram(r, program) && r.value().contains("\"change\":\"REMOVED\""));
		assertThat(this.enrolmentEvents.seen((r) -> "amy".equals(r.key()) && ofProgram(r, program)))
			.extracting(ConsumerRecord::value)
			.satisfiesExactly((enrolled) -> assertThat(enrolled).contains("\"change\":\"ENROLLED\"", "\"revision\":1"),
					(moved) -> assertThat(moved).contains("\"change\":\"MOVED\"", "\"revision\":2",
							"\"cohortId\":\"cohort-b\""),
					(removed) -> assertThat(removed).contains("\"change\":\"REMOVED\"", "\"revision\":3",
							"\"cohortId\":null"));
	}

	@Test
	void aClosedCohortTakesNoNewLearnerAndNoNewSessionButKeepsItsOwn() {
		Program program = this.api.freshProgram();
		assertThat(this.api.call(program.director(), HttpMethod.POST, program.path("/cohorts/cohort-b/close"), ""))
			.hasStatusOk();

		assertThat(this.api.call(program.director(), HttpMethod.PUT, program.path("/enrolments/amy"),
				"{\"cohortId\":\"cohort-b\"}"))
			.hasStatus(HttpStatus.CONFLICT)
			.bodyJson()
			.extractingPath("$.type")
			.isEqualTo("https://readyroom.io/problems/cohort-closed");
		assertThat(this.sessions.start(program.learner("bob"), "{\"roleTrack\":\"" + ROLE_TRACK + "\"}"))
			.hasStatus(HttpStatus.CONFLICT)
			.bodyJson()
			.extractingPath("$.detail")
			.asString()
			.contains("'cohort-b' is closed");
		assertThat(this.api.get(program.director(), program.path("/enrolments/bob"))).bodyJson()
			.extractingPath("$.cohortId")
			.isEqualTo("cohort-b");
		assertThat(this.api.get(program.director(), program.path("/enrolments/amy"))).bodyJson()
			.extractingPath("$.cohortId")
			.isEqualTo("cohort-a");
	}

	@Test
	void unknownCohortsLearnersAndRoleTracksAreNamedAsSuch() {
		Program program = this.api.freshProgram();

		assertThat(this.api.call(program.director(), HttpMethod.PUT, program.path("/enrolments/amy"),
				"{\"cohortId\":\"cohort-z\"}"))
			.hasStatus(HttpStatus.NOT_FOUND)
			.bodyJson()
			.extractingPath("$.type")
			.isEqualTo("https://readyroom.io/problems/unknown-cohort");
		assertThat(this.api.call(program.director(), HttpMethod.DELETE, program.path("/enrolments/nobody"), ""))
			.hasStatus(HttpStatus.NOT_FOUND)
			.bodyJson()
			.extractingPath("$.type")
			.isEqualTo("https://readyroom.io/problems/unknown-enrolment");
		assertThat(this.api.call(program.director(), HttpMethod.PUT, program.path("/enrolments/amy/target-role"),
				"{\"roleTrack\":\"astronaut\"}"))
			.hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.extractingPath("$.detail")
			.asString()
			.contains("'astronaut'", ROLE_TRACK, "ehr-specialist");
	}

	@Test
	void aLearnersProposalWaitsUntilStaffConfirmOrDeclineIt() {
		Program program = this.api.freshProgram();
		String targetRole = program.path("/enrolments/amy/target-role");

		assertThat(this.api.call(program.learner("amy"), HttpMethod.POST, targetRole + "/proposal",
				"{\"roleTrack\":\"ehr-specialist\"}"))
			.hasStatusOk()
			.bodyJson()
			.hasPathSatisfying("$.proposedTargetRole", (proposal) -> assertThat(proposal).isEqualTo("ehr-specialist"))
			.hasPathSatisfying("$.targetRole", (target) -> assertThat(target).isNull());
		assertThat(this.api.call(program.coach(), HttpMethod.PUT, targetRole, "{\"roleTrack\":\"ehr-specialist\"}"))
			.hasStatusOk()
			.bodyJson()
			.hasPathSatisfying("$.targetRole", (target) -> assertThat(target).isEqualTo("ehr-specialist"))
			.hasPathSatisfying("$.proposedTargetRole", (proposal) -> assertThat(proposal).isNull());
		assertThat(this.api.call(program.learner("amy"), HttpMethod.POST, targetRole + "/proposal",
				"{\"roleTrack\":\"" + ROLE_TRACK + "\"}"))
			.hasStatusOk();
		assertThat(this.api.call(program.director(), HttpMethod.DELETE, targetRole + "/proposal", "")).hasStatusOk()
			.bodyJson()
			.hasPathSatisfying("$.targetRole", (target) -> assertThat(target).isEqualTo("ehr-specialist"))
			.hasPathSatisfying("$.proposedTargetRole", (proposal) -> assertThat(proposal).isNull())
			.hasPathSatisfying("$.revision", (revision) -> assertThat(revision).isEqualTo(5));
		assertThat(this.api.call(program.director(), HttpMethod.DELETE, targetRole + "/proposal", ""))
			.hasStatus(HttpStatus.CONFLICT);
	}

	@Test
	void anImportWithAnyBadLineListsEveryErrorAndChangesNothing() {
		Program program = this.api.freshProgram();
		assertThat(this.api.call(program.director(), HttpMethod.POST, program.path("/cohorts/cohort-b/close"), ""))
			.hasStatusOk();
		String before = enrolmentsOf(program);

		MvcTestResult result = this.api.importCsv(program.director(), program.id(), """
				username,cohort,targetRole
				cleo,cohort-a,ehr-specialist
				dev,cohort-z,
				amy,cohort-b,
				eve,cohort-a,astronaut
				cleo,cohort-a,
				fay
				bob,cohort-b,
				""");

		assertThat(result).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT)
			.hasContentType(MediaType.APPLICATION_PROBLEM_JSON)
			.bodyJson()
			.hasPathSatisfying("$.errors[*].line", (lines) -> assertThat(lines).isEqualTo(List.of(3, 4, 5, 6, 7)))
			.hasPathSatisfying("$.errors[0].message", (message) -> assertThat(message).asString().contains("cohort-z"))
			.hasPathSatisfying("$.errors[1].message", (message) -> assertThat(message).asString().contains("closed"))
			.hasPathSatisfying("$.errors[2].message",
					(message) -> assertThat(message).asString().contains("astronaut", ROLE_TRACK))
			.hasPathSatisfying("$.errors[3].message",
					(message) -> assertThat(message).asString().contains("on line 2 already"))
			.hasPathSatisfying("$.errors[4].message",
					(message) -> assertThat(message).asString().contains("expected 3 values"));
		assertThat(enrolmentsOf(program)).isEqualTo(before);
		assertThat(this.api.get(program.director(), program.path("/enrolments/cleo"))).hasStatus(HttpStatus.NOT_FOUND);
	}

	@Test
	void anImportEnrolsMovesAndLeavesLearnersAndReportsWhichAndPublishesEachChange() {
		Program program = this.api.freshProgram();

		MvcTestResult result = this.api.importCsv(program.director(), program.id(), """
				username,cohort,targetRole
				cleo,cohort-a,ehr-specialist
				amy,cohort-b,
				bob,cohort-b,
				""");

		assertThat(result).hasStatusOk()
			.bodyJson()
			.hasPathSatisfying("$.enrolled", (enrolled) -> assertThat(enrolled).isEqualTo(List.of("cleo")))
			.hasPathSatisfying("$.moved", (moved) -> assertThat(moved).isEqualTo(List.of("amy")))
			.hasPathSatisfying("$.unchanged", (unchanged) -> assertThat(unchanged).isEqualTo(List.of("bob")))
			.hasPathSatisfying("$.targetRoleSet", (set) -> assertThat(set).isEqualTo(List.of("cleo")));
		assertThat(this.api.get(program.director(), program.path("/enrolments/cleo"))).bodyJson()
			.hasPathSatisfying("$.cohortId", (cohort) -> assertThat(cohort).isEqualTo("cohort-a"))
			.hasPathSatisfying("$.targetRole", (target) -> assertThat(target).isEqualTo("ehr-specialist"))
			.hasPathSatisfying("$.revision", (revision) -> assertThat(revision).isEqualTo(2));
		this.enrolmentEvents.awaitRecord((r) -> "cleo".equals(r.key()) && ofProgram(r, program)
				&& r.value().contains("\"change\":\"TARGET_ROLE_SET\""));
		assertThat(this.enrolmentEvents.seen((r) -> "cleo".equals(r.key()) && ofProgram(r, program)))
			.extracting(ConsumerRecord::value)
			.satisfiesExactly((enrolled) -> assertThat(enrolled).contains("\"change\":\"ENROLLED\"", "\"revision\":1"),
					(targeted) -> assertThat(targeted).contains("\"revision\":2", "\"targetRole\":\"ehr-specialist\""));
	}

	@Test
	void theProgramsEnrolmentDecidesTheCohortOfANewSessionWhateverTheTokenSays() {
		Program program = this.api.freshProgram();
		Caller amyWithAnOldToken = new Caller("amy", Role.LEARNER, program.id(), Set.of("cohort-old"));

		assertThat(this.sessions.start(amyWithAnOldToken, "{\"roleTrack\":\"" + ROLE_TRACK + "\"}"))
			.hasStatus(HttpStatus.CREATED)
			.bodyJson()
			.extractingPath("$.cohortId")
			.isEqualTo("cohort-a");
		assertThat(this.api.call(program.director(), HttpMethod.DELETE, program.path("/enrolments/amy"), ""))
			.hasStatusOk();
		assertThat(this.sessions.start(amyWithAnOldToken, "{\"roleTrack\":\"" + ROLE_TRACK + "\"}"))
			.hasStatus(HttpStatus.FORBIDDEN);
	}

	@Test
	void aLearnerWithATargetRolePractisesForItUnlessTheyNameAnother() {
		Program program = this.api.freshProgram();

		assertThat(this.sessions.start(program.learner("amy"), "{}")).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.extractingPath("$.detail")
			.asString()
			.contains("roleTrack");
		assertThat(this.api.call(program.director(), HttpMethod.PUT, program.path("/enrolments/amy/target-role"),
				"{\"roleTrack\":\"ehr-specialist\"}"))
			.hasStatusOk();
		assertThat(this.sessions.start(program.learner("amy"), "{}")).hasStatus(HttpStatus.CREATED)
			.bodyJson()
			.extractingPath("$.roleTrack")
			.isEqualTo("ehr-specialist");
		assertThat(this.sessions.start(program.learner("amy"), "{\"roleTrack\":\"" + ROLE_TRACK + "\"}"))
			.hasStatus(HttpStatus.CREATED)
			.bodyJson()
			.extractingPath("$.roleTrack")
			.isEqualTo(ROLE_TRACK);
	}

	@Test
	void aCoachWhoseTokenNamesNoCohortReadsTheCohortsTheProgramGaveThem() {
		Program program = this.api.freshProgram();
		Caller coachWithoutClaims = new Caller("coach", Role.COACH, program.id(), Set.of());
		String amysSession = this.sessions.startedSession(program.learner("amy"));
		String bobsSession = this.sessions.startedSession(program.learner("bob"));

		assertThat(this.api.get(coachWithoutClaims, program.path("/enrolments?cohortId=cohort-a"))).hasStatusOk();
		assertThat(this.sessions.get(coachWithoutClaims, "/api/sessions/{id}", amysSession)).hasStatusOk();
		assertThat(this.sessions.get(coachWithoutClaims, "/api/sessions/{id}", bobsSession))
			.hasStatus(HttpStatus.NOT_FOUND);
		assertThat(this.api.call(program.director(), HttpMethod.PUT, program.path("/cohorts/cohort-a/coaches"),
				"{\"coachIds\":[]}"))
			.hasStatusOk();
		assertThat(this.sessions.get(coachWithoutClaims, "/api/sessions/{id}", amysSession))
			.hasStatus(HttpStatus.NOT_FOUND);
	}

	private String enrolmentsOf(Program program) {
		return contentOf(this.api.get(program.director(), program.path("/enrolments")));
	}

	private static boolean ofProgram(ConsumerRecord<String, String> record, Program program) {
		return record.value().contains("\"programId\":\"" + program.id() + "\"");
	}

}
