package io.readyroom.analytics;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.readyroom.analytics.Events.Learner;
import io.readyroom.contracts.AssignmentChanged;
import io.readyroom.contracts.CohortChanged;
import io.readyroom.contracts.ReadyroomEvent;
import io.readyroom.support.security.Caller;
import io.readyroom.testsupport.TestCallers;
import io.readyroom.testsupport.TestTokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.kafka.autoconfigure.KafkaConnectionDetails;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Analytics following the program's administration: readiness judged against the target
 * role staff set, never the role track of the latest session; a learner's figures in the
 * cohort of their enrolment; cohort names and ended terms on the dashboards; the cohort's
 * assignments done on time, late or not yet. Membership events carry whole states with
 * revisions: a redelivered or an older revision changes nothing, in whatever order the
 * topics deliver.
 */
@SpringBootTest
@AutoConfigureMockMvc
abstract class ProgramMembershipIntegrationTests {

	private static final String MANAGER = "healthcare-it-project-manager";

	private static final String EHR = "ehr-specialist";

	private static final String PROJECTS = "it-project-management";

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private KafkaConnectionDetails kafka;

	@Autowired
	private JsonMapper json;

	@Autowired
	private TestTokens tokens;

	private EventFeed feed;

	private final String cohort = "cohort-" + UUID.randomUUID();

	private final String otherCohort = "cohort-b-" + UUID.randomUUID();

	private final String program = "program-" + UUID.randomUUID();

	private final Caller director = TestCallers.director("dana", this.program);

	@BeforeEach
	void openFeedAndSetTheManagersRule() {
		this.feed = new EventFeed(String.join(",", this.kafka.getBootstrapServers()), this.json);
		assertThat(this.mvc.put()
			.uri("/api/programs/{program}/readiness-rules/{track}", this.program, MANAGER)
			.header(HttpHeaders.AUTHORIZATION, this.tokens.bearer(this.director))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"requires\":[{\"competency\":\"" + PROJECTS + "\",\"threshold\":70,\"minAnswers\":2}]}"))
			.hasStatusOk();
	}

	@AfterEach
	void closeFeed() {
		this.feed.close();
	}

	@Test
	void readinessFollowsTheTargetRoleNotTheTrackOfTheLatestSession() {
		Learner ada = Events.learner(this.cohort, this.program);
		this.feed.send(List.of(ada.enrolment(1, this.cohort, MANAGER, null), ada.started(MANAGER),
				ada.scored("q-1", PROJECTS, 80, EventFeed.minutesAgo(10)),
				ada.scored("q-2", PROJECTS, 80, EventFeed.minutesAgo(9))));
		awaitReadiness(ada, "$.ready", true);
		awaitDashboard(this.cohort, "$.readinessRate", 1.0);

		this.feed.send(List.of(ada.started(EHR), ada.scored("q-3", "ehr-systems", 30, EventFeed.minutesAgo(5))));

		awaitDashboard(this.cohort, "$.answers", 3);
		assertThat(staff("/api/learners/{id}/readiness", ada.learnerId())).bodyJson()
			.hasPathSatisfying("$.roleTrack", (value) -> assertThat(value).isEqualTo(MANAGER))
			.hasPathSatisfying("$.targetRoleSet", (value) -> assertThat(value).isEqualTo(true))
			.hasPathSatisfying("$.ready", (value) -> assertThat(value).isEqualTo(true))
			.hasPathSatisfying("$.requirements[*].competency",
					(value) -> assertThat(value).asList().containsExactly(PROJECTS));
		assertThat(staff("/api/learners/{id}/weak-areas", ada.learnerId())).bodyJson()
			.hasPathSatisfying("$.roleTrack", (value) -> assertThat(value).isEqualTo(MANAGER))
			.hasPathSatisfying("$.weakAreas[*].competency",
					(value) -> assertThat(value).asList().containsExactly("ehr-systems"));
		assertThat(dashboard(this.cohort)).bodyJson()
			.hasPathSatisfying("$.readinessRate", (value) -> assertThat(value).isEqualTo(1.0));
	}

	@Test
	void aNewTargetRoleRejudgesReadinessAndAnOlderRevisionChangesNothing() {
		Learner ada = Events.learner(this.cohort, this.program);
		List<ReadyroomEvent> first = List.of(ada.enrolment(1, this.cohort, MANAGER, null), ada.started(MANAGER),
				ada.scored("q-1", PROJECTS, 80, EventFeed.minutesAgo(10)),
				ada.scored("q-2", PROJECTS, 80, EventFeed.minutesAgo(9)));
		this.feed.send(first);
		awaitDashboard(this.cohort, "$.readinessRate", 1.0);

		this.feed.send(List.of(ada.enrolment(2, this.cohort, EHR, null)));

		awaitReadiness(ada, "$.roleTrack", EHR);
		awaitDashboard(this.cohort, "$.readinessRate", 0.0);
		assertThat(staff("/api/learners/{id}/readiness", ada.learnerId())).bodyJson()
			.hasPathSatisfying("$.ready", (value) -> assertThat(value).isEqualTo(false))
			.hasPathSatisfying("$.blocking", (value) -> assertThat(value).asList().contains("ehr-systems"));
		JsonNode readiness = body(staff("/api/learners/{id}/readiness", ada.learnerId()).exchange());
		JsonNode figures = withoutComputedAt(dashboard(this.cohort).exchange());

		this.feed.send(first);
		this.feed.send(List.of(ada.enrolment(2, this.cohort, EHR, null)));
		this.feed.awaitProcessed();

		assertThat(body(staff("/api/learners/{id}/readiness", ada.learnerId()).exchange())).isEqualTo(readiness);
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(withoutComputedAt(dashboard(this.cohort).exchange())).isEqualTo(figures));
	}

	@Test
	void aLearnerWithoutATargetRoleIsNotJudgedAndIsLeftOutOfTheReadinessRate() {
		Learner ada = Events.learner(this.cohort, this.program);
		Learner bob = Events.learner(this.cohort, this.program);
		List<ReadyroomEvent> events = new ArrayList<>();
		events.add(ada.enrolment(1, this.cohort, MANAGER, null));
		events.add(bob.enrolment(1, this.cohort, null, EHR));
		for (Learner learner : List.of(ada, bob)) {
			events.add(learner.started(MANAGER));
			events.add(learner.scored("q-1", PROJECTS, 80, EventFeed.minutesAgo(10)));
			events.add(learner.scored("q-2", PROJECTS, 80, EventFeed.minutesAgo(9)));
		}
		this.feed.send(events);

		awaitDashboard(this.cohort, "$.answers", 4);
		assertThat(dashboard(this.cohort)).bodyJson()
			.hasPathSatisfying("$.learners", (value) -> assertThat(value).isEqualTo(2))
			.hasPathSatisfying("$.learnersWithTarget", (value) -> assertThat(value).isEqualTo(1))
			.hasPathSatisfying("$.learnersWithoutTarget", (value) -> assertThat(value).isEqualTo(1))
			.hasPathSatisfying("$.readyLearners", (value) -> assertThat(value).isEqualTo(1))
			.hasPathSatisfying("$.readinessRate", (value) -> assertThat(value).isEqualTo(1.0));
		assertThat(staff("/api/learners/{id}/readiness", bob.learnerId())).bodyJson()
			.hasPathSatisfying("$.targetRoleSet", (value) -> assertThat(value).isEqualTo(false))
			.hasPathSatisfying("$.roleTrack", (value) -> assertThat(value).isNull())
			.hasPathSatisfying("$.proposedTargetRole", (value) -> assertThat(value).isEqualTo(EHR))
			.hasPathSatisfying("$.ready", (value) -> assertThat(value).isEqualTo(false))
			.hasPathSatisfying("$.requirements", (value) -> assertThat(value).asList().isEmpty());
	}

	@Test
	void movingALearnerMovesTheirFiguresAndRemovingThemTakesThemOut() {
		Learner ada = Events.learner(this.cohort, this.program);
		Learner bob = Events.learner(this.cohort, this.program);
		Learner carl = Events.learner(this.cohort, this.program);
		this.feed
			.send(List.of(ada.enrolment(1, this.cohort, MANAGER, null), bob.enrolment(1, this.cohort, MANAGER, null),
					ada.started(MANAGER), ada.scored("q-1", PROJECTS, 40, EventFeed.minutesAgo(10)),
					bob.started(MANAGER), bob.scored("q-1", PROJECTS, 80, EventFeed.minutesAgo(10))));
		awaitDashboard(this.cohort, "$.answers", 2);

		this.feed.send(List.of(ada.enrolment(2, this.otherCohort, MANAGER, null)));

		awaitDashboard(this.otherCohort, "$.meanScore", 40.0);
		awaitDashboard(this.cohort, "$.meanScore", 80.0);
		assertThat(dashboard(this.cohort)).bodyJson()
			.hasPathSatisfying("$.learners", (value) -> assertThat(value).isEqualTo(1));

		// a redelivered first enrolment, then an answer in a session that names the old
		// cohort, and a newcomer enrolled before their first session names another cohort
		this.feed.send(List.of(ada.enrolment(1, this.cohort, MANAGER, null),
				ada.scored("q-2", PROJECTS, 60, EventFeed.minutesAgo(5)),
				carl.enrolment(1, this.otherCohort, MANAGER, null), carl.started(MANAGER),
				carl.scored("q-1", PROJECTS, 20, EventFeed.minutesAgo(5))));

		awaitDashboard(this.otherCohort, "$.answers", 3);
		assertThat(dashboard(this.otherCohort)).bodyJson()
			.hasPathSatisfying("$.learners", (value) -> assertThat(value).isEqualTo(2));
		assertThat(dashboard(this.cohort)).bodyJson()
			.hasPathSatisfying("$.learners", (value) -> assertThat(value).isEqualTo(1))
			.hasPathSatisfying("$.answers", (value) -> assertThat(value).isEqualTo(1));

		this.feed.send(List.of(ada.enrolment(3, null, MANAGER, null)));

		awaitDashboard(this.otherCohort, "$.learners", 1);
		assertThat(staff("/api/learners/{id}/profile", ada.learnerId())).bodyJson()
			.hasPathSatisfying("$.cohortId", (value) -> assertThat(value).isNull())
			.hasPathSatisfying("$.answerCount", (value) -> assertThat(value).isEqualTo(2));
		Caller coach = TestCallers.coach("carla", this.program, this.cohort, this.otherCohort);
		assertThat(get(coach, "/api/learners/{id}/profile", ada.learnerId())).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(staff("/api/programs/{id}/exports/matrix?format=csv", this.program)).hasStatusOk()
			.bodyText()
			.as("a removed learner's row has an empty cohort, not the text null")
			.containsPattern("(?m)^" + ada.learnerId() + ",," + MANAGER + ",")
			.doesNotContain("null");
	}

	@Test
	void aCohortsNameAndEndedTermShowOnItsDashboardAndInTheComparison() {
		Learner ada = Events.learner(this.cohort, this.program);
		this.feed.send(
				List.of(Events.cohort(this.program, this.cohort, 1, "Spring 2027", CohortChanged.Status.OPEN, "carla"),
						ada.started(MANAGER), ada.scored("q-1", PROJECTS, 80, EventFeed.minutesAgo(5))));
		awaitDashboard(this.cohort, "$.name", "Spring 2027");

		this.feed.send(List.of(
				Events.cohort(this.program, this.cohort, 3, "Spring 2027 evening", CohortChanged.Status.CLOSED,
						"carla"),
				Events.cohort(this.program, this.cohort, 2, "Spring 2027 evening", CohortChanged.Status.OPEN,
						"carla")));

		awaitDashboard(this.cohort, "$.closed", true);
		this.feed.awaitProcessed();
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(dashboard(this.cohort)).bodyJson()
				.hasPathSatisfying("$.name", (value) -> assertThat(value).isEqualTo("Spring 2027 evening"))
				.hasPathSatisfying("$.closed", (value) -> assertThat(value).isEqualTo(true)));
		assertThat(staff("/api/programs/{id}/cohorts/comparison", this.program)).bodyJson()
			.hasPathSatisfying("$.cohorts[0].name", (value) -> assertThat(value).isEqualTo("Spring 2027 evening"))
			.hasPathSatisfying("$.cohorts[0].closed", (value) -> assertThat(value).isEqualTo(true));
	}

	@Test
	void aCoachTheProgramsCohortNamesReadsItWhateverTheirTokenSays() {
		Learner ada = Events.learner(this.cohort, this.program);
		this.feed.send(List.of(ada.started(MANAGER), ada.scored("q-1", PROJECTS, 80, EventFeed.minutesAgo(5)),
				Events.cohort(this.program, this.cohort, 1, "Spring 2027", CohortChanged.Status.OPEN, "cora")));
		awaitDashboard(this.cohort, "$.name", "Spring 2027");

		Caller namedByTheProgram = TestCallers.coach("cora", this.program);
		Caller namedByTheirTokenOnly = TestCallers.coach("colm", this.program, this.cohort);
		Caller namedByNeither = TestCallers.coach("cy", this.program, this.otherCohort);

		assertThat(get(namedByTheProgram, "/api/cohorts/{id}/dashboard", this.cohort)).hasStatusOk();
		assertThat(get(namedByTheProgram, "/api/learners/{id}/profile", ada.learnerId())).hasStatusOk();
		assertThat(get(namedByTheirTokenOnly, "/api/cohorts/{id}/dashboard", this.cohort)).hasStatusOk();
		assertThat(get(namedByNeither, "/api/cohorts/{id}/dashboard", this.cohort)).hasStatus(HttpStatus.FORBIDDEN);

		this.feed
			.send(List.of(Events.cohort(this.program, this.cohort, 2, "Spring 2027", CohortChanged.Status.OPEN, "cy")));

		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(
					() -> assertThat(get(namedByNeither, "/api/cohorts/{id}/dashboard", this.cohort)).hasStatusOk());
		assertThat(get(namedByTheProgram, "/api/cohorts/{id}/dashboard", this.cohort)).hasStatus(HttpStatus.FORBIDDEN);
	}

	@Test
	void theCohortsAssignmentsCountEachLearnerOnceAsDoneOnTimeLateOrNotYet() {
		Instant due = EventFeed.minutesAgo(30);
		Learner ada = Events.learner(this.cohort, this.program);
		Learner bob = Events.learner(this.cohort, this.program);
		Learner cid = Events.learner(this.cohort, this.program);
		Learner dot = Events.learner(this.cohort, this.program);
		String week3 = "week-3-" + UUID.randomUUID();
		String bobsDrill = "drill-" + UUID.randomUUID();
		String withdrawn = "withdrawn-" + UUID.randomUUID();
		List<ReadyroomEvent> events = new ArrayList<>(List.of(ada.enrolment(1, this.cohort, MANAGER, null),
				bob.enrolment(1, this.cohort, MANAGER, null), cid.enrolment(1, this.cohort, MANAGER, null),
				dot.enrolment(1, this.cohort, MANAGER, null),
				// ada: the completion overtakes its start, and she does it again late
				ada.completed("s-ada-1", due.minusSeconds(600)),
				ada.startedFrom(week3, "s-ada-1", due.minusSeconds(1200)),
				ada.startedFrom(week3, "s-ada-2", due.plusSeconds(300)), ada.completed("s-ada-2", due.plusSeconds(600)),
				// bob: late; cid: started, never completed; dot: moved away after
				// completing
				bob.startedFrom(week3, "s-bob-1", due), bob.completed("s-bob-1", due.plusSeconds(600)),
				cid.startedFrom(week3, "s-cid-1", due.minusSeconds(60)),
				dot.startedFrom(week3, "s-dot-1", due.minusSeconds(900)),
				dot.completed("s-dot-1", due.minusSeconds(600)), dot.enrolment(2, this.otherCohort, MANAGER, null),
				// the latest revision first, then an older one
				Events.assignment(week3, this.program, this.cohort, null, "Week 3: release of information", due, 2,
						AssignmentChanged.Change.CHANGED),
				Events.assignment(week3, this.program, this.cohort, null, "Week 3", due.minusSeconds(86400), 1,
						AssignmentChanged.Change.ASSIGNED),
				Events.assignment(bobsDrill, this.program, this.cohort, bob.learnerId(), "Drill for Bob",
						due.plusSeconds(86400), 1, AssignmentChanged.Change.ASSIGNED),
				Events.assignment(withdrawn, this.program, this.cohort, null, "Withdrawn", due, 1,
						AssignmentChanged.Change.ASSIGNED),
				Events.assignment(withdrawn, this.program, this.cohort, null, "Withdrawn", due, 2,
						AssignmentChanged.Change.WITHDRAWN)));
		this.feed.send(events);
		this.feed.awaitProcessed();

		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(assignments()).hasStatusOk()
				.bodyJson()
				.hasPathSatisfying("$.assignments[*].assignmentId",
						(value) -> assertThat(value).asList().containsExactly(week3, bobsDrill)));
		assertThat(assignments()).bodyJson()
			.hasPathSatisfying("$.assignments[0].title",
					(value) -> assertThat(value).isEqualTo("Week 3: release of information"))
			.hasPathSatisfying("$.assignments[0].learners", (value) -> assertThat(value).isEqualTo(3))
			.hasPathSatisfying("$.assignments[0].completedOnTime", (value) -> assertThat(value).isEqualTo(1))
			.hasPathSatisfying("$.assignments[0].completedLate", (value) -> assertThat(value).isEqualTo(1))
			.hasPathSatisfying("$.assignments[0].notYetDone", (value) -> assertThat(value).isEqualTo(1))
			.hasPathSatisfying("$.assignments[0].overdue", (value) -> assertThat(value).isEqualTo(1))
			.hasPathSatisfying("$.assignments[1].learnerId", (value) -> assertThat(value).isEqualTo(bob.learnerId()))
			.hasPathSatisfying("$.assignments[1].learners", (value) -> assertThat(value).isEqualTo(1))
			.hasPathSatisfying("$.assignments[1].notYetDone", (value) -> assertThat(value).isEqualTo(1))
			.hasPathSatisfying("$.assignments[1].overdue", (value) -> assertThat(value).isEqualTo(0));
		JsonNode before = withoutAsOf(assignments().exchange());

		this.feed.send(events);
		this.feed.awaitProcessed();

		assertThat(withoutAsOf(assignments().exchange())).isEqualTo(before);
	}

	private MockMvcTester.MockMvcRequestBuilder assignments() {
		return staff("/api/cohorts/{id}/assignments", this.cohort);
	}

	private MvcTestResult get(Caller caller, String uri, Object id) {
		return this.mvc.get().uri(uri, id).header(HttpHeaders.AUTHORIZATION, this.tokens.bearer(caller)).exchange();
	}

	/** A read as the program's director. */
	private MockMvcTester.MockMvcRequestBuilder staff(String uri, Object... variables) {
		return this.mvc.get().uri(uri, variables).header(HttpHeaders.AUTHORIZATION, this.tokens.bearer(this.director));
	}

	private MockMvcTester.MockMvcRequestBuilder dashboard(String cohortId) {
		return staff("/api/cohorts/{id}/dashboard", cohortId);
	}

	private JsonNode body(MvcTestResult result) {
		assertThat(result).hasStatusOk();
		return this.json.readTree(result.getResponse().getContentAsByteArray());
	}

	private JsonNode withoutComputedAt(MvcTestResult result) {
		ObjectNode node = (ObjectNode) body(result);
		node.remove("computedAt");
		return node;
	}

	private JsonNode withoutAsOf(MvcTestResult result) {
		ObjectNode node = (ObjectNode) body(result);
		node.remove("asOf");
		return node;
	}

	private void awaitDashboard(String cohortId, String path, Object expected) {
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(dashboard(cohortId)).hasStatusOk()
				.bodyJson()
				.hasPathSatisfying(path, (value) -> assertThat(value).isEqualTo(expected)));
	}

	private void awaitReadiness(Learner learner, String path, Object expected) {
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(staff("/api/learners/{id}/readiness", learner.learnerId())).hasStatusOk()
				.bodyJson()
				.hasPathSatisfying(path, (value) -> assertThat(value).isEqualTo(expected)));
	}

}
