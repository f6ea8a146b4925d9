package io.readyroom.session;

import java.time.Duration;
import java.time.Instant;
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
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A program keeps answer text for as long as its director says: older text is removed
 * from session-service and the answers topic on schedule, the other services are told,
 * and the answers themselves stay.
 */
@SpringBootTest(properties = "readyroom.session.retention.sweep-every=300ms")
@AutoConfigureMockMvc
@Import({ EmbeddedInfrastructure.class, TestIdentity.class, AnalyticsStandIn.class })
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AnswerRetentionTests {

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
	void answerTextIsKeptForeverUntilTheDirectorSetsAPeriod() {
		Program program = this.programs.freshProgram();

		assertThat(retention(program.director(), program)).hasStatusOk()
			.bodyJson()
			.hasPathSatisfying("$.keptForever", (forever) -> assertThat(forever).isEqualTo(true))
			.hasPathSatisfying("$.answerTextDays", (days) -> assertThat(days).isNull());
		assertThat(setRetention(program.director(), program, "{\"answerTextDays\":30}")).hasStatusOk()
			.bodyJson()
			.hasPathSatisfying("$.answerTextDays", (days) -> assertThat(days).isEqualTo(30))
			.hasPathSatisfying("$.keptForever", (forever) -> assertThat(forever).isEqualTo(false))
			.hasPathSatisfying("$.changedBy", (by) -> assertThat(by).isEqualTo("dana"));
		assertThat(setRetention(TestCallers.admin("ada"), program, "{\"answerTextDays\":null}")).hasStatusOk();
		assertThat(retention(program.director(), program)).bodyJson()
			.hasPathSatisfying("$.keptForever", (forever) -> assertThat(forever).isEqualTo(true))
			.hasPathSatisfying("$.changedBy", (by) -> assertThat(by).isEqualTo("ada"));
	}

	@Test
	void textOlderThanThePeriodIsRemovedHereAndFromTheAnswersTopicWhileTheAnswersStay() {
		Program program = this.programs.freshProgram();
		Caller amy = program.learner("amy");
		String oldAnswer = answered(amy, "An answer from long ago " + UUID.randomUUID());
		String recentAnswer = answered(amy, "A recent answer " + UUID.randomUUID());
		this.mongo.updateFirst(Query.query(Criteria.where("_id").is(oldAnswer)),
				Update.update("submittedAt", Instant.now().minus(Duration.ofDays(40))), "answers");

		try (TopicProbe answers = probe(Topics.ANSWERS); TopicProbe learnerData = probe(Topics.LEARNER_DATA)) {
			assertThat(setRetention(program.director(), program, "{\"answerTextDays\":30}")).hasStatusOk();

			answers.awaitTombstone(oldAnswer);
			String expired = learnerData
				.awaitRecord((record) -> record.value().contains("\"type\":\"AnswerTextExpired\"")
						&& record.value().contains("\"programId\":\"" + program.id() + "\""))
				.value();
			Instant before = Instant.parse(expired.replaceAll(".*\"submittedBefore\":\"([^\"]+)\".*", "$1"));
			assertThat(before).isBetween(Instant.now().minus(Duration.ofDays(31)),
					Instant.now().minus(Duration.ofDays(29)));
			assertThat(answers.seen((record) -> recentAnswer.equals(record.key()) && record.value() == null)).isEmpty();
		}
		await().untilAsserted(() -> assertThat(storedAnswer(oldAnswer).get("text")).isNull());
		assertThat(storedAnswer(oldAnswer)).containsEntry("learnerId", "amy").containsKey("questionId");
		assertThat(storedAnswer(recentAnswer).getString("text")).startsWith("A recent answer");
	}

	@Test
	void aPeriodOutsideOneDayToAHundredYearsOrFromSomeoneElseIsRefusedAndChangesNothing() {
		Program program = this.programs.freshProgram();
		assertThat(setRetention(program.director(), program, "{\"answerTextDays\":365}")).hasStatusOk();

		assertThat(setRetention(program.director(), program, "{\"answerTextDays\":0}"))
			.hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(setRetention(program.director(), program, "{\"answerTextDays\":36501}"))
			.hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(setRetention(program.director(), program, "{\"answerTextDays\":\"a year\"}"))
			.hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(setRetention(program.coach(), program, "{\"answerTextDays\":1}")).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(setRetention(program.learner("amy"), program, "{\"answerTextDays\":1}"))
			.hasStatus(HttpStatus.FORBIDDEN);
		Program other = Program.named("program-" + UUID.randomUUID().toString().substring(0, 8));
		assertThat(setRetention(other.director(), program, "{\"answerTextDays\":1}")).hasStatus(HttpStatus.NOT_FOUND);

		assertThat(retention(program.director(), program)).bodyJson()
			.hasPathSatisfying("$.answerTextDays", (days) -> assertThat(days).isEqualTo(365));
	}

	private String answered(Caller learner, String text) {
		String sessionId = this.sessions.startedSession(learner);
		String questionId = this.sessions.nextQuestionId(learner, sessionId);
		String answerId = UUID.randomUUID().toString();
		assertThat(this.sessions.submit(learner, sessionId, answerId, questionId, text)).hasStatus(HttpStatus.ACCEPTED);
		return answerId;
	}

	private Document storedAnswer(String answerId) {
		return this.mongo.getCollection("answers").find(new Document("_id", answerId)).first();
	}

	private MvcTestResult retention(Caller caller, Program program) {
		return this.programs.get(caller, program.path("/retention"));
	}

	private MvcTestResult setRetention(Caller caller, Program program, String json) {
		return this.programs.call(caller, HttpMethod.PUT, program.path("/retention"), json);
	}

	private TopicProbe probe(String topic) {
		return TopicProbe.watch(String.join(",", this.kafka.getBootstrapServers()), topic);
	}

}
