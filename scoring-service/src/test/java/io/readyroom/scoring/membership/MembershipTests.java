package io.readyroom.scoring.membership;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import io.readyroom.contracts.CohortChanged;
import io.readyroom.contracts.EnrolmentChanged;
import io.readyroom.contracts.ScoreExplanation;
import io.readyroom.contracts.Topics;
import io.readyroom.contracts.Verdict;
import io.readyroom.contracts.token.Role;
import io.readyroom.scoring.feedback.AnswerFeedback;
import io.readyroom.scoring.feedback.AnswerFeedback.KeyPointFeedback;
import io.readyroom.scoring.feedback.ScorerDoubt;
import io.readyroom.support.security.Caller;
import io.readyroom.testsupport.EmbeddedInfrastructure;
import io.readyroom.testsupport.TestIdentity;
import io.readyroom.testsupport.TestTokens;
import io.readyroom.testsupport.TopicProbe;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.kafka.autoconfigure.KafkaConnectionDetails;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The program's membership data as the scoring service follows it: the latest revision of
 * each cohort and enrolment decides a coach's and a learner's cohorts, and a coach whose
 * cohorts come from it reviews those cohorts' answers.
 */
@SpringBootTest(properties = "readyroom.events.retry-for=3s")
@AutoConfigureMockMvc
@Import({ EmbeddedInfrastructure.class, TestIdentity.class })
class MembershipTests {

	private final String program = "program-" + UUID.randomUUID();

	@Autowired
	private MembershipRecords records;

	@Autowired
	private RecordedMemberships memberships;

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private TestTokens tokens;

	@Autowired
	private MongoTemplate mongo;

	@Autowired
	private JsonMapper json;

	@Autowired
	private KafkaConnectionDetails kafka;

	@Test
	void anOlderRevisionArrivingLateChangesNothing() {
		this.records.record(cohort("cohort-b", List.of(), 2));
		this.records.record(cohort("cohort-b", List.of("cody"), 1));
		this.records.record(enrolment("lena", "cohort-b", 2, EnrolmentChanged.Change.MOVED));
		this.records.record(enrolment("lena", "cohort-a", 1, EnrolmentChanged.Change.ENROLLED));

		assertThat(this.memberships.cohortsOf(this.program, "cody", Role.COACH))
			.as("the late revision does not name cody again: no cohort names him, so his token decides")
			.isEmpty();
		assertThat(this.memberships.cohortsOf(this.program, "lena", Role.LEARNER)).contains(Set.of("cohort-b"));
	}

	@Test
	void aRemovedLearnerIsInNoCohortAndSomeoneTheProgramDoesNotKnowIsLeftToTheirToken() {
		this.records.record(enrolment("lena", "cohort-a", 1, EnrolmentChanged.Change.ENROLLED));
		this.records.record(enrolment("lena", null, 2, EnrolmentChanged.Change.REMOVED));

		assertThat(this.memberships.cohortsOf(this.program, "lena", Role.LEARNER)).contains(Set.of());
		assertThat(this.memberships.cohortsOf(this.program, "leo", Role.LEARNER)).isEmpty();
		assertThat(this.memberships.cohortsOf(this.program, "cody", Role.COACH)).isEmpty();
		assertThat(this.memberships.cohortsOf(this.program, "dana", Role.DIRECTOR)).isEqualTo(Optional.empty());
	}

	@Test
	void aCoachReviewsTheCohortsThePublishedCohortsGiveThemWhateverTheirTokenSays() {
		Caller coach = new Caller("cody", Role.COACH, this.program, Set.of("cohort-a"));
		String answerId = "answer-" + UUID.randomUUID();
		this.mongo.save(feedback(answerId, "cohort-b"));
		assertThat(queue(coach, "cohort-b")).hasStatus(HttpStatus.FORBIDDEN);

		publish(Topics.COHORTS, this.program + "/cohort-b", cohort("cohort-b", List.of("cody"), 1));

		await().untilAsserted(() -> assertThat(queue(coach, "cohort-b")).hasStatusOk()
			.bodyJson()
			.extractingPath("$[*].answerId")
			.asArray()
			.containsExactly(answerId));
		assertThat(queue(coach, "cohort-a")).hasStatus(HttpStatus.FORBIDDEN);
	}

	private void publish(String topic, String key, Object event) {
		TopicProbe.send(String.join(",", this.kafka.getBootstrapServers()), topic, key,
				this.json.writeValueAsString(event));
	}

	private MvcTestResult queue(Caller caller, String cohortId) {
		return this.mvc.get()
			.uri("/api/scoring/review-queue?cohortId={cohort}", cohortId)
			.header(HttpHeaders.AUTHORIZATION, this.tokens.bearer(caller))
			.exchange();
	}

	private CohortChanged cohort(String cohortId, List<String> coachIds, int revision) {
		return CohortChanged.of(this.program, cohortId, cohortId, CohortChanged.Status.OPEN, coachIds, revision,
				(revision == 1) ? CohortChanged.Change.OPENED : CohortChanged.Change.COACHES_CHANGED, "dana");
	}

	private EnrolmentChanged enrolment(String learnerId, String cohortId, int revision,
			EnrolmentChanged.Change change) {
		return EnrolmentChanged.of(this.program, learnerId, cohortId, null, null, revision, change, "dana");
	}

	private AnswerFeedback feedback(String answerId, String cohortId) {
		return new AnswerFeedback(answerId, "session-1", "lena", this.program, cohortId, "q-" + UUID.randomUUID(), 1,
				"A patient asks for their records. What do you do?",
				"I verify the patient's identity and hand over the records.", Instant.now(), Instant.now(), 60,
				List.of(new KeyPointFeedback("verify-identity", "Verifies identity", Verdict.MET,
						"verify the patient's identity", 2, 31)),
				ScoreExplanation.none(), "test", ScorerDoubt.NONE, false);
	}

}
