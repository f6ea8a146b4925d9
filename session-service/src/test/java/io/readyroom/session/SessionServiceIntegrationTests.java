package io.readyroom.session;

import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import io.readyroom.contracts.Topics;
import io.readyroom.testsupport.TopicProbe;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.kafka.autoconfigure.KafkaConnectionDetails;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The session service against a real broker and store; subclasses choose embedded or
 * container infrastructure, the scenarios are the same.
 */
@SpringBootTest
@AutoConfigureMockMvc
abstract class SessionServiceIntegrationTests {

	private static final String ROLE_TRACK = "health-information-technician";

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private KafkaConnectionDetails kafka;

	@Autowired
	private MongoTemplate mongo;

	@Test
	void publishesEveryQuestionVersionOnTheCompactedBankTopic() {
		try (TopicProbe bank = TopicProbe.watch(bootstrapServers(), Topics.QUESTION_BANK)) {
			ConsumerRecord<String, String> record = bank.awaitRecord((r) -> r.key().equals("hit-roi-process@1"));

			assertThat(record.value()).contains("\"type\":\"QuestionVersionPublished\"",
					"\"questionType\":\"situational\"", "\"id\":\"verify-identity\"");
		}
	}

	@Test
	void acceptedAnswerIsInKafkaKeyedByTheLearner() {
		String learner = "learner-" + UUID.randomUUID();
		String sessionId = startSession(learner);
		String questionId = nextQuestionId(sessionId);
		String answerId = UUID.randomUUID().toString();

		assertThat(submit(sessionId, answerId, questionId, "I would verify the caller's identity first."))
			.hasStatus(HttpStatus.ACCEPTED)
			.bodyJson()
			.hasPathSatisfying("$.status", (status) -> assertThat(status).isEqualTo("ACCEPTED"));

		try (TopicProbe answers = TopicProbe.watch(bootstrapServers(), Topics.ANSWERS)) {
			ConsumerRecord<String, String> record = answers.awaitRecord((r) -> r.value().contains(answerId));
			assertThat(record.key()).isEqualTo(learner);
			assertThat(record.value()).contains("\"type\":\"AnswerSubmitted\"",
					"\"questionId\":\"" + questionId + "\"");
		}
	}

	@Test
	void sameAnswerIdSubmittedTwiceIsAcceptedOnceAndPublishedOnce() {
		String learner = "learner-" + UUID.randomUUID();
		String sessionId = startSession(learner);
		String questionId = nextQuestionId(sessionId);
		String answerId = UUID.randomUUID().toString();
		String text = "I would notify the physician and escalate to the medical director.";

		assertThat(submit(sessionId, answerId, questionId, text)).hasStatus(HttpStatus.ACCEPTED);
		assertThat(submit(sessionId, answerId, questionId, text)).hasStatus(HttpStatus.OK)
			.bodyJson()
			.hasPathSatisfying("$.answerId", (id) -> assertThat(id).isEqualTo(answerId));
		String laterAnswerId = UUID.randomUUID().toString();
		assertThat(submit(sessionId, laterAnswerId, nextQuestionId(sessionId), "A later answer."))
			.hasStatus(HttpStatus.ACCEPTED);

		try (TopicProbe answers = TopicProbe.watch(bootstrapServers(), Topics.ANSWERS)) {
			// one learner's answers share a partition, so once the later one is seen the
			// first has been
			answers.awaitRecord((r) -> r.value().contains(laterAnswerId));
			assertThat(answers.seen((r) -> r.value().contains(answerId))).hasSize(1);
		}
	}

	@Test
	void reusingAnAnswerIdForADifferentAnswerIsAConflict() {
		String sessionId = startSession("learner-" + UUID.randomUUID());
		String questionId = nextQuestionId(sessionId);
		String answerId = UUID.randomUUID().toString();
		submit(sessionId, answerId, questionId, "First answer.");

		assertThat(submit(sessionId, answerId, questionId, "A different answer.")).hasStatus(HttpStatus.CONFLICT)
			.hasContentType(MediaType.APPLICATION_PROBLEM_JSON)
			.bodyJson()
			.hasPathSatisfying("$.detail", (detail) -> assertThat(detail).asString().contains(answerId));
	}

	@Test
	void answerToAnUnknownSessionIsNotFoundAndStoresNothing() {
		String answerId = UUID.randomUUID().toString();

		assertThat(submit("no-such-session", answerId, "hit-roi-process", "Some answer."))
			.hasStatus(HttpStatus.NOT_FOUND)
			.hasContentType(MediaType.APPLICATION_PROBLEM_JSON)
			.bodyJson()
			.hasPathSatisfying("$.detail", (detail) -> assertThat(detail).asString().contains("no-such-session"));
		assertThat(this.mongo.getCollection("answers").countDocuments(new org.bson.Document("_id", answerId))).isZero();
	}

	@Test
	void answerToAQuestionOutsideTheSessionIsRefused() {
		String sessionId = startSession("learner-" + UUID.randomUUID());

		assertThat(submit(sessionId, UUID.randomUUID().toString(), "not-a-question", "Some answer."))
			.hasStatus(HttpStatus.UNPROCESSABLE_CONTENT)
			.hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
	}

	@Test
	void invalidAnswerIsRefusedNamingTheFieldsThatAreWrong() {
		String sessionId = startSession("learner-" + UUID.randomUUID());
		String tooLong = "x".repeat(10_001);

		assertThat(submit(sessionId, "bad id with spaces", "hit-roi-process", tooLong))
			.hasStatus(HttpStatus.BAD_REQUEST)
			.hasContentType(MediaType.APPLICATION_PROBLEM_JSON)
			.bodyJson()
			.hasPathSatisfying("$.errors[*].field",
					(fields) -> assertThat(fields).asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.LIST)
						.containsExactlyInAnyOrder("answerId", "text"));
	}

	@Test
	void malformedJsonIsRefused() {
		assertThat(
				this.mvc.post().uri("/api/sessions").contentType(MediaType.APPLICATION_JSON).content("{\"learnerId\":"))
			.hasStatus(HttpStatus.BAD_REQUEST)
			.hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
	}

	@Test
	void unknownRoleTrackIsRefusedListingTheKnownOnes() {
		assertThat(this.mvc.post()
			.uri("/api/sessions")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"learnerId\":\"l-1\",\"cohortId\":\"c-1\",\"roleTrack\":\"astronaut\"}"))
			.hasStatus(HttpStatus.UNPROCESSABLE_CONTENT)
			.bodyJson()
			.hasPathSatisfying("$.detail", (detail) -> assertThat(detail).asString().contains(ROLE_TRACK));
	}

	@Test
	void completedSessionTakesNoMoreAnswers() {
		String sessionId = startSession("learner-" + UUID.randomUUID());
		String questionId = nextQuestionId(sessionId);

		assertThat(this.mvc.post().uri("/api/sessions/{id}/complete", sessionId)).hasStatusOk()
			.bodyJson()
			.hasPathSatisfying("$.status", (status) -> assertThat(status).isEqualTo("COMPLETED"));
		assertThat(submit(sessionId, UUID.randomUUID().toString(), questionId, "Too late."))
			.hasStatus(HttpStatus.CONFLICT);
	}

	@Test
	void exposesProbesAndEventCountersTaggedWithTheApplication() {
		startSession("learner-" + UUID.randomUUID());

		assertThat(this.mvc.get().uri("/actuator/health/readiness")).hasStatusOk();
		assertThat(this.mvc.get().uri("/actuator/health/liveness")).hasStatusOk();
		assertThat(this.mvc.get().uri("/actuator/prometheus")).hasStatusOk()
			.bodyText()
			.contains("readyroom_events_produced_total{application=\"session-service\"");
	}

	private String startSession(String learnerId) {
		MvcTestResult result = this.mvc.post()
			.uri("/api/sessions")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"learnerId\":\"" + learnerId + "\",\"cohortId\":\"cohort-a\",\"roleTrack\":\"" + ROLE_TRACK
					+ "\"}")
			.exchange();
		assertThat(result).hasStatus(HttpStatus.CREATED);
		return JsonPath.read(contentOf(result), "$.sessionId");
	}

	private String nextQuestionId(String sessionId) {
		MvcTestResult result = this.mvc.get().uri("/api/sessions/{id}/next-question", sessionId).exchange();
		assertThat(result).hasStatusOk();
		return JsonPath.read(contentOf(result), "$.questionId");
	}

	private MvcTestResult submit(String sessionId, String answerId, String questionId, String text) {
		return this.mvc.post()
			.uri("/api/sessions/{id}/answers", sessionId)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"answerId\":\"" + answerId + "\",\"questionId\":\"" + questionId + "\",\"text\":\"" + text
					+ "\"}")
			.exchange();
	}

	private static String contentOf(MvcTestResult result) {
		try {
			return result.getResponse().getContentAsString();
		}
		catch (java.io.UnsupportedEncodingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private String bootstrapServers() {
		return String.join(",", this.kafka.getBootstrapServers());
	}

}
