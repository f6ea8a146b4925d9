package io.readyroom.session;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import io.readyroom.contracts.Topics;
import io.readyroom.session.bank.QuestionCatalog;
import io.readyroom.support.security.Caller;
import io.readyroom.testsupport.EmbeddedInfrastructure;
import io.readyroom.testsupport.TestCallers;
import io.readyroom.testsupport.TestIdentity;
import io.readyroom.testsupport.TestTokens;
import io.readyroom.testsupport.TopicProbe;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.kafka.autoconfigure.KafkaConnectionDetails;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static io.readyroom.session.SessionApi.ROLE_TRACK;
import static io.readyroom.session.SessionApi.read;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * Assigning practice: what is refused, what is published, how a session started from an
 * assignment draws its questions, and how completing it completes the assignment, on time
 * or late.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import({ EmbeddedInfrastructure.class, TestIdentity.class, AnalyticsStandIn.class })
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AssignmentTests {

	private static final Caller COACH = TestCallers.coach("cora", "program-c", "cohort-c");

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private TestTokens tokens;

	@Autowired
	private MongoTemplate mongo;

	@Autowired
	private KafkaConnectionDetails kafka;

	@Autowired
	private QuestionCatalog catalog;

	private SessionApi api;

	private AssignmentApi assignments;

	private TopicProbe assignmentEvents;

	private TopicProbe sessionEvents;

	private Caller learner;

	@BeforeAll
	void aLearnerPractisedInTheCohort() {
		this.api = new SessionApi(this.mvc, this.tokens);
		this.assignments = new AssignmentApi(this.api);
		String bootstrapServers = String.join(",", this.kafka.getBootstrapServers());
		this.assignmentEvents = TopicProbe.watch(bootstrapServers, Topics.ASSIGNMENTS);
		this.sessionEvents = TopicProbe.watch(bootstrapServers, Topics.PRACTICE_SESSIONS);
		this.learner = TestCallers.learner("lena-" + UUID.randomUUID(), "program-c", "cohort-c");
		this.api.startedSession(this.learner);
	}

	@AfterAll
	void stopWatching() {
		this.assignmentEvents.close();
		this.sessionEvents.close();
	}

	static Stream<Arguments> invalidAssignments() {
		String due = "\"dueAt\":\"" + AssignmentApi.inDays(2) + "\"";
		return Stream.of(
				arguments("{\"title\":\"t\",\"mode\":\"practice-set\",\"dueAt\":\"2020-01-01T00:00:00Z\"}", "dueAt",
						"must be in the future"),
				arguments("{\"title\":\"t\",\"mode\":\"mock-interview\"," + due + "}", "mode",
						"a mock interview cannot be assigned"),
				arguments("{\"title\":\"t\",\"mode\":\"speed-round\"," + due + "}", "mode",
						"must be practice-set or targeted"),
				arguments("{\"title\":\"t\",\"mode\":\"targeted\",\"roleTrack\":\"astronaut\"," + due + "}",
						"roleTrack", "is not a known role track"),
				arguments("{\"title\":\"t\",\"mode\":\"targeted\",\"competencyIds\":[\"juggling\"]," + due + "}",
						"competencyIds", "'juggling' is not a competency"),
				arguments("{\"title\":\"t\",\"mode\":\"practice-set\",\"questionCount\":21," + due + "}",
						"questionCount", "must be less than or equal to 20"),
				arguments("{\"title\":\"t\",\"mode\":\"practice-set\",\"questionCount\":0," + due + "}",
						"questionCount", "must be greater than or equal to 1"),
				arguments("{\"title\":\"t\",\"mode\":\"practice-set\",\"learnerId\":\"stranger\"," + due + "}",
						"learnerId", "is not a learner of cohort 'cohort-c'"),
				arguments("{\"title\":\" \",\"mode\":\"practice-set\"," + due + "}", "title", "must not be blank"),
				arguments("{\"title\":\"t\",\"mode\":\"practice-set\"}", "dueAt", "must not be null"));
	}

	@ParameterizedTest(name = "{1} {2}: 400")
	@MethodSource("invalidAssignments")
	void anInvalidAssignmentIsRefusedNamingTheFieldAndStoresNothing(String json, String field, String message) {
		long before = this.mongo.getCollection("assignments").countDocuments(new Document("cohortId", "cohort-c"));

		assertThat(this.assignments.assign(COACH, "cohort-c", json)).hasStatus(HttpStatus.BAD_REQUEST)
			.hasContentType(MediaType.APPLICATION_PROBLEM_JSON)
			.bodyJson()
			.hasPathSatisfying("$.errors[0].field", (actual) -> assertThat(actual).isEqualTo(field))
			.hasPathSatisfying("$.errors[0].message", (actual) -> assertThat(actual).asString().contains(message));

		assertThat(this.mongo.getCollection("assignments").countDocuments(new Document("cohortId", "cohort-c")))
			.isEqualTo(before);
	}

	@Test
	void everyChangeIsPublishedWithTheWholeStateAndTheNextRevision() {
		String assignmentId = this.assignments.assigned(COACH, "cohort-c", AssignmentApi.drill("Privacy week"));
		Instant later = AssignmentApi.inDays(5);
		assertThat(this.assignments.change(COACH, assignmentId,
				"{\"title\":\"Privacy week, extended\",\"dueAt\":\"" + later + "\"}"))
			.hasStatusOk()
			.bodyJson()
			.extractingPath("$.revision")
			.isEqualTo(2);
		assertThat(this.assignments.withdraw(COACH, assignmentId)).hasStatusOk()
			.bodyJson()
			.extractingPath("$.withdrawn")
			.isEqualTo(true);

		List<ConsumerRecord<String, String>> events = List.of(awaitChange(assignmentId, 1),
				awaitChange(assignmentId, 2), awaitChange(assignmentId, 3));
		assertThat(events).allSatisfy((event) -> assertThat(event.key()).isEqualTo("program-c/" + assignmentId));
		assertThat(events.get(0).value()).contains("\"change\":\"ASSIGNED\"", "\"mode\":\"targeted\"",
				"\"competencyIds\":[\"hipaa-privacy-rule\"]", "\"questionCount\":2", "\"changedBy\":\"cora\"",
				"\"learnerId\":null", "\"title\":\"Privacy week\"");
		assertThat(events.get(1).value()).contains("\"change\":\"CHANGED\"", "\"title\":\"Privacy week, extended\"",
				"\"mode\":\"targeted\"");
		assertThat(events.get(2).value()).contains("\"change\":\"WITHDRAWN\"");
	}

	@Test
	void aChangeThatChangesNothingAndASecondWithdrawalPublishNothing() {
		String assignmentId = this.assignments.assigned(COACH, "cohort-c", AssignmentApi.drill("Same"));

		assertThat(this.assignments.change(COACH, assignmentId, "{\"title\":\"Same\"}")).hasStatusOk();
		assertThat(this.assignments.change(COACH, assignmentId, "{}")).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.extractingPath("$.type")
			.isEqualTo("https://readyroom.io/problems/nothing-to-change");
		assertThat(this.assignments.change(COACH, assignmentId, "{\"mode\":\"practice-set\"}"))
			.as("a mode is not changed but assigned anew")
			.hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.extractingPath("$.type")
			.isEqualTo("https://readyroom.io/problems/unknown-field");
		assertThat(this.assignments.withdraw(COACH, assignmentId)).hasStatusOk();
		assertThat(this.assignments.withdraw(COACH, assignmentId)).hasStatusOk()
			.bodyJson()
			.extractingPath("$.revision")
			.isEqualTo(2);
		assertThat(this.assignments.change(COACH, assignmentId, "{\"title\":\"Too late\"}"))
			.hasStatus(HttpStatus.CONFLICT);

		awaitChange(assignmentId, 2);
		assertThat(this.assignmentEvents.seen((r) -> r.value().contains(assignmentId))).hasSize(2);
	}

	@Test
	void aSessionFromATargetedDrillDrillsTheAssignedCompetenciesAndNamesTheAssignment() {
		String assignmentId = this.assignments.assigned(COACH, "cohort-c", AssignmentApi.drill("Privacy drill"));

		MvcTestResult started = this.assignments.startFrom(this.learner, assignmentId);

		assertThat(started).hasStatus(HttpStatus.CREATED)
			.bodyJson()
			.hasPathSatisfying("$.mode", (mode) -> assertThat(mode).isEqualTo("targeted"))
			.hasPathSatisfying("$.roleTrack", (track) -> assertThat(track).isEqualTo(ROLE_TRACK))
			.hasPathSatisfying("$.assignmentId", (id) -> assertThat(id).isEqualTo(assignmentId))
			.hasPathSatisfying("$.plan",
					(plan) -> assertThat(plan).asInstanceOf(InstanceOfAssertFactories.LIST).hasSize(2));
		List<String> planned = read(started, "$.plan[*].questionId");
		assertThat(planned).allSatisfy((questionId) -> assertThat(this.catalog.current(questionId)
			.orElseThrow()
			.competencies()
			.stream()
			.map((weight) -> weight.competency())).contains("hipaa-privacy-rule"));
		String sessionId = read(started, "$.sessionId");
		assertThat(this.sessionEvents.awaitRecord((r) -> r.value().contains(sessionId)).value())
			.contains("\"assignmentId\":\"" + assignmentId + "\"");
	}

	@Test
	void anAssignmentThatLeavesTheRoleTrackToTheLearnerTakesTheOneTheyName() {
		String assignmentId = this.assignments.assigned(COACH, "cohort-c",
				"{\"title\":\"Any track\",\"mode\":\"practice-set\",\"questionCount\":3,\"dueAt\":\""
						+ AssignmentApi.inDays(1) + "\"}");

		assertThat(this.assignments.startFrom(this.learner, assignmentId)).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.extractingPath("$.errors[0].field")
			.isEqualTo("roleTrack");
		assertThat(this.api.start(this.learner,
				"{\"assignmentId\":\"" + assignmentId + "\",\"roleTrack\":\"ehr-specialist\",\"mode\":\"targeted\"}"))
			.hasStatus(HttpStatus.CREATED)
			.bodyJson()
			.hasPathSatisfying("$.roleTrack", (track) -> assertThat(track).isEqualTo("ehr-specialist"))
			.hasPathSatisfying("$.mode", (mode) -> assertThat(mode).isEqualTo("practice-set"))
			.hasPathSatisfying("$.plan",
					(plan) -> assertThat(plan).asInstanceOf(InstanceOfAssertFactories.LIST).hasSize(3));
	}

	@Test
	void withdrawnAndUnknownAssignmentsStartNoSession() {
		String assignmentId = this.assignments.assigned(COACH, "cohort-c", AssignmentApi.drill("Withdrawn"));
		this.assignments.withdraw(COACH, assignmentId);

		assertThat(this.assignments.startFrom(this.learner, assignmentId)).hasStatus(HttpStatus.CONFLICT)
			.bodyJson()
			.extractingPath("$.type")
			.isEqualTo("https://readyroom.io/problems/assignment-withdrawn");
		assertThat(this.assignments.startFrom(this.learner, "no-such-assignment")).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(this.mongo.getCollection("practice_sessions")
			.countDocuments(new Document("assignmentId", assignmentId))).isZero();
	}

	@Test
	void completingASessionFromTheAssignmentCompletesItForTheLearner() {
		Caller classmate = TestCallers.learner("lars-" + UUID.randomUUID(), "program-c", "cohort-c");
		this.api.startedSession(classmate);
		String assignmentId = this.assignments.assigned(COACH, "cohort-c", AssignmentApi.drill("Complete me"));
		assertThat(status(assignmentId)).isEqualTo("due");

		String sessionId = read(this.assignments.startFrom(this.learner, assignmentId), "$.sessionId");
		assertThat(status(assignmentId)).as("started is not done").isEqualTo("due");
		assertThat(this.api.post(this.learner, "", "/api/sessions/{id}/complete", sessionId)).hasStatusOk();

		assertThat(status(assignmentId)).isEqualTo("done");
		MvcTestResult cohort = this.assignments.ofCohort(COACH, "cohort-c");
		assertThat(cohort).bodyJson()
			.extractingPath("$[?(@.assignmentId=='" + assignmentId + "')].completion")
			.asArray()
			.singleElement()
			.satisfies((completion) -> assertThat(completion.toString()).contains("done=1", "late=0", "overdue=0"));
		assertThat(cohort).bodyJson()
			.extractingPath("$[?(@.assignmentId=='" + assignmentId + "')].learners[?(@.learnerId=='" + this.learner.id()
					+ "')]")
			.asArray()
			.singleElement()
			.satisfies((learner) -> assertThat(learner.toString()).contains("completed=true", "late=false",
					"sessionId=" + sessionId));
	}

	@Test
	void anAssignmentCompletedAfterItsDueDateIsDoneLateAndOneNotDoneByThenIsOverdue() {
		String assignmentId = this.assignments.assigned(COACH, "cohort-c", AssignmentApi.drill("Late"));
		String sessionId = read(this.assignments.startFrom(this.learner, assignmentId), "$.sessionId");
		this.api.post(this.learner, "", "/api/sessions/{id}/complete", sessionId);
		String unfinished = this.assignments.assigned(COACH, "cohort-c", AssignmentApi.drill("Never done"));

		Instant beforeCompletion = Instant.now().minusSeconds(3600);
		assertThat(this.assignments.change(COACH, assignmentId, "{\"dueAt\":\"" + beforeCompletion + "\"}"))
			.hasStatusOk();
		assertThat(this.assignments.change(COACH, unfinished, "{\"dueAt\":\"" + beforeCompletion + "\"}"))
			.hasStatusOk();

		assertThat(status(assignmentId)).isEqualTo("done-late");
		assertThat(status(unfinished)).isEqualTo("overdue");
		assertThat(this.api.get(COACH, "/api/assignments/{id}", assignmentId)).bodyJson()
			.extractingPath("$.completion")
			.satisfies((completion) -> assertThat(completion.toString()).contains("done=1", "late=1"));
		assertThat(this.api.get(COACH, "/api/assignments/{id}", unfinished)).bodyJson()
			.extractingPath("$.completion.overdue")
			.asNumber()
			.satisfies((overdue) -> assertThat(overdue.intValue()).isPositive());
	}

	@Test
	void aWithdrawnAssignmentIsNoLongerAskedOfTheLearner() {
		String assignmentId = this.assignments.assigned(COACH, "cohort-c", AssignmentApi.drill("Gone"));
		assertThat(status(assignmentId)).isEqualTo("due");

		this.assignments.withdraw(COACH, assignmentId);

		assertThat(this.assignments.mine(this.learner)).bodyJson()
			.extractingPath("$[*].assignmentId")
			.asArray()
			.doesNotContain(assignmentId);
	}

	@Test
	void anAssignmentForOneLearnerIsForThemAlone() {
		String assignmentId = this.assignments.assigned(COACH, "cohort-c",
				AssignmentApi.drill("Just you").replace("}", ",\"learnerId\":\"" + this.learner.id() + "\"}"));

		assertThat(this.api.get(COACH, "/api/assignments/{id}", assignmentId)).bodyJson()
			.hasPathSatisfying("$.completion.learners", (learners) -> assertThat(learners).isEqualTo(1))
			.hasPathSatisfying("$.learners[0].learnerId", (id) -> assertThat(id).isEqualTo(this.learner.id()));
		assertThat(this.assignments.mine(this.learner)).bodyJson()
			.extractingPath("$[?(@.assignmentId=='" + assignmentId + "')].forYouAlone")
			.asArray()
			.containsExactly(true);
	}

	private String status(String assignmentId) {
		List<String> statuses = read(this.assignments.mine(this.learner),
				"$[?(@.assignmentId=='" + assignmentId + "')].status");
		assertThat(statuses).hasSize(1);
		return statuses.get(0);
	}

	private ConsumerRecord<String, String> awaitChange(String assignmentId, int revision) {
		return this.assignmentEvents
			.awaitRecord((r) -> r.value().contains(assignmentId) && r.value().contains("\"revision\":" + revision));
	}

}
