package io.readyroom.session;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.readyroom.contracts.Topics;
import io.readyroom.session.ProgramApi.Program;
import io.readyroom.support.security.Caller;
import io.readyroom.testsupport.EmbeddedInfrastructure;
import io.readyroom.testsupport.TestCallers;
import io.readyroom.testsupport.TestIdentity;
import io.readyroom.testsupport.TestTokens;
import io.readyroom.testsupport.TopicProbe;
import org.bson.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.kafka.autoconfigure.KafkaConnectionDetails;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static io.readyroom.session.SessionApi.read;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A director erases a learner: session-service removes their sessions, answers and
 * enrolment, erases their answers from the answers topic, tells the other services, and
 * keeps a receipt without the learner's id that completes as the services report back.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import({ EmbeddedInfrastructure.class, TestIdentity.class, AnalyticsStandIn.class })
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LearnerErasureTests {

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private TestTokens tokens;

	@Autowired
	private KafkaConnectionDetails kafka;

	@Autowired
	private MongoTemplate mongo;

	private ProgramApi programs;

	private SessionApi sessions;

	@BeforeAll
	void apis() {
		this.programs = new ProgramApi(this.mvc, this.tokens);
		this.sessions = new SessionApi(this.mvc, this.tokens);
	}

	@Test
	void anErasedLearnersSessionsAnswersAndEnrolmentAreGoneHereAndTheirAnswersFromTheAnswersTopic() {
		Program program = this.programs.freshProgram();
		String erin = learnerIn(program);
		String text = "I verify the requester's identity and the authorization form " + UUID.randomUUID();
		String answerId = answered(program.learner(erin), text);
		String amysAnswer = answered(program.learner("amy"), "Amy's own answer stays.");

		try (TopicProbe answers = probe(Topics.ANSWERS); TopicProbe learnerData = probe(Topics.LEARNER_DATA)) {
			MvcTestResult erased = erase(program.director(), program, erin);

			assertThat(erased).hasStatus(HttpStatus.ACCEPTED)
				.bodyJson()
				.hasPathSatisfying("$.status", (status) -> assertThat(status).isEqualTo("in-progress"))
				.hasPathSatisfying("$.requestedBy", (by) -> assertThat(by).isEqualTo("dana"))
				.hasPathSatisfying("$.services[0].service",
						(service) -> assertThat(service).isEqualTo("session-service"))
				.hasPathSatisfying("$.services[0].erased", (done) -> assertThat(done).isEqualTo(true))
				.hasPathSatisfying("$.services[0].recordsRemoved", (removed) -> assertThat(removed).isEqualTo(3))
				.hasPathSatisfying("$.services[1].erased", (done) -> assertThat(done).isEqualTo(false));
			assertThat(answers.awaitTombstone(answerId)).isNotNull();
			String requested = learnerData
				.awaitRecord(
						(record) -> record.value() != null && record.value().contains("\"learnerId\":\"" + erin + "\""))
				.value();
			assertThat(requested).contains("\"type\":\"LearnerErasureRequested\"",
					"\"erasureId\":\"" + read(erased, "$.erasureId") + "\"", "\"cohortId\":\"cohort-a\"",
					"\"requestedBy\":\"dana\"", "\"programId\":\"" + program.id() + "\"");
			assertThat(answers.tombstonesOf(amysAnswer)).isEmpty();
		}
		assertThat(storedDocumentsContaining(erin)).isEmpty();
		assertThat(storedDocumentsContaining(text)).isEmpty();
		assertThat(storedDocumentsContaining(amysAnswer)).isNotEmpty();
		assertThat(this.programs.get(program.director(), program.path("/enrolments/" + erin)))
			.hasStatus(HttpStatus.NOT_FOUND);
	}

	@Test
	void aLearnerWhoseCohortComesFromTheirTokenAloneIsOnRecordByWhatTheyDid() {
		Program program = this.programs.freshProgram();
		Caller tia = TestCallers.learner("tia-" + UUID.randomUUID().toString().substring(0, 8), program.id(),
				"cohort-a");
		answered(tia, "Tia's answer, given without an enrolment.");

		assertThat(erase(program.director(), program, tia.id())).hasStatus(HttpStatus.ACCEPTED)
			.bodyJson()
			.hasPathSatisfying("$.services[0].recordsRemoved", (removed) -> assertThat(removed).isEqualTo(2));
		assertThat(storedDocumentsContaining(tia.id())).isEmpty();
	}

	@Test
	void aRepeatedRequestReturnsTheSameReceiptAndErasesNothingMore() {
		Program program = this.programs.freshProgram();
		String erin = learnerIn(program);
		answered(program.learner(erin), "An answer to erase.");
		MvcTestResult first = erase(program.director(), program, erin);
		assertThat(first).hasStatus(HttpStatus.ACCEPTED);

		MvcTestResult again = erase(TestCallers.admin("ada"), program, erin);

		assertThat(again).hasStatusOk().bodyJson().isEqualTo(SessionApi.contentOf(first));
		assertThat(again).headers().hasValue("Location", program.path("/erasures/" + read(first, "$.erasureId")));
		assertThat(this.programs.get(program.director(), program.path("/erasures"))).hasStatusOk()
			.bodyJson()
			.hasPathSatisfying("$.length()", (count) -> assertThat(count).isEqualTo(1));
	}

	@Test
	void theReceiptIsCompleteOnceScoringAndAnalyticsHaveErasedTheLearner() {
		Program program = this.programs.freshProgram();
		String erin = learnerIn(program);
		String erasureId = read(erase(program.director(), program, erin), "$.erasureId");
		String receipt = program.path("/erasures/" + erasureId);

		completedBy("scoring-service", erasureId, program, 4);
		await().untilAsserted(() -> assertThat(this.programs.get(program.director(), receipt)).bodyJson()
			.hasPathSatisfying("$.services[1].recordsRemoved", (removed) -> assertThat(removed).isEqualTo(4)));
		assertThat(this.programs.get(program.director(), receipt)).bodyJson()
			.hasPathSatisfying("$.status", (status) -> assertThat(status).isEqualTo("in-progress"));
		completedBy("analytics-service", erasureId, program, 9);

		await().untilAsserted(() -> assertThat(this.programs.get(program.director(), receipt)).bodyJson()
			.hasPathSatisfying("$.status", (status) -> assertThat(status).isEqualTo("complete"))
			.hasPathSatisfying("$.services[2].erased", (done) -> assertThat(done).isEqualTo(true)));
	}

	@Test
	void anUnknownLearnerOrOneOfAnotherProgramIsAClearProblemAndNothingIsErased() {
		Program program = this.programs.freshProgram();
		Program other = this.programs.freshProgram();
		String theirs = learnerIn(other);
		answered(other.learner(theirs), "Another program's learner keeps this answer.");

		assertThat(erase(program.director(), program, "nobody-" + UUID.randomUUID())).hasStatus(HttpStatus.NOT_FOUND)
			.bodyJson()
			.hasPathSatisfying("$.type", (type) -> assertThat(type).asString().endsWith("unknown-learner"));
		assertThat(erase(program.director(), program, theirs)).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(erase(program.director(), other, theirs)).hasStatus(HttpStatus.NOT_FOUND)
			.bodyJson()
			.hasPathSatisfying("$.type", (type) -> assertThat(type).asString().endsWith("unknown-program"));
		assertThat(erase(program.coach(), program, "amy")).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(erase(program.learner("amy"), program, "amy")).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(this.programs.call(program.director(), HttpMethod.POST, program.path("/erasures"),
				"{\"learnerId\":\"\"}"))
			.hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(this.programs.call(program.director(), HttpMethod.POST, program.path("/erasures"),
				"{\"learnerId\":\"not a valid id\"}"))
			.hasStatus(HttpStatus.BAD_REQUEST);

		assertThat(storedDocumentsContaining(theirs)).isNotEmpty();
		assertThat(this.programs.get(program.director(), program.path("/erasures"))).bodyJson()
			.hasPathSatisfying("$.length()", (count) -> assertThat(count).isEqualTo(0));
		assertThat(this.programs.get(program.director(), program.path("/erasures/erasure-0123")))
			.hasStatus(HttpStatus.NOT_FOUND);
	}

	private String learnerIn(Program program) {
		String learnerId = "erin-" + UUID.randomUUID().toString().substring(0, 8);
		this.programs.enrol(program, learnerId, "cohort-a");
		return learnerId;
	}

	/** The learner answers the first question of a new session; returns the answer id. */
	private String answered(Caller learner, String text) {
		String sessionId = this.sessions.startedSession(learner);
		String questionId = this.sessions.nextQuestionId(learner, sessionId);
		String answerId = UUID.randomUUID().toString();
		assertThat(this.sessions.submit(learner, sessionId, answerId, questionId, text)).hasStatus(HttpStatus.ACCEPTED);
		return answerId;
	}

	private MvcTestResult erase(Caller caller, Program program, String learnerId) {
		return this.programs.call(caller, HttpMethod.POST, program.path("/erasures"),
				"{\"learnerId\":\"" + learnerId + "\"}");
	}

	private void completedBy(String service, String erasureId, Program program, int removed) {
		TopicProbe.send(bootstrapServers(), Topics.LEARNER_DATA, program.id(),
				"{\"eventId\":\"" + UUID.randomUUID() + "\",\"type\":\"LearnerErasureCompleted\",\"schemaVersion\":1,"
						+ "\"occurredAt\":\"2026-12-07T10:00:00Z\",\"erasureId\":\"" + erasureId + "\",\"programId\":\""
						+ program.id() + "\",\"service\":\"" + service + "\",\"recordsRemoved\":" + removed + "}");
	}

	/** Every stored document, of every collection, whose JSON contains {@code text}. */
	private List<String> storedDocumentsContaining(String text) {
		List<String> found = new ArrayList<>();
		for (String collection : this.mongo.getCollectionNames()) {
			for (Document document : this.mongo.getCollection(collection).find()) {
				if (document.toJson().contains(text)) {
					found.add(collection + ": " + document.toJson());
				}
			}
		}
		return found;
	}

	private TopicProbe probe(String topic) {
		return TopicProbe.watch(bootstrapServers(), topic);
	}

	private String bootstrapServers() {
		return String.join(",", this.kafka.getBootstrapServers());
	}

}
