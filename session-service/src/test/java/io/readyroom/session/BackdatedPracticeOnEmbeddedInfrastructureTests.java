package io.readyroom.session;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import io.readyroom.contracts.Topics;
import io.readyroom.support.security.Caller;
import io.readyroom.testsupport.EmbeddedInfrastructure;
import io.readyroom.testsupport.TestCallers;
import io.readyroom.testsupport.TestIdentity;
import io.readyroom.testsupport.TestTokens;
import io.readyroom.testsupport.TopicProbe;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.kafka.autoconfigure.KafkaConnectionDetails;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static io.readyroom.session.SessionApi.ROLE_TRACK;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Where backdating is allowed, as the local demo allows it: a session and its answers are
 * recorded and announced at the past times the requests name, so analytics counts them in
 * the weeks they name; a time ahead of now or before the session's start is still
 * refused.
 */
@SpringBootTest(properties = "readyroom.practice.backdating-allowed=true")
@AutoConfigureMockMvc
@Import({ EmbeddedInfrastructure.class, TestIdentity.class, AnalyticsStandIn.class })
class BackdatedPracticeOnEmbeddedInfrastructureTests {

	private static final Instant THREE_WEEKS_AGO = Instant.now()
		.minus(Duration.ofDays(21))
		.truncatedTo(ChronoUnit.SECONDS);

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private TestTokens tokens;

	@Autowired
	private KafkaConnectionDetails kafka;

	private SessionApi api;

	private final Caller learner = TestCallers.learner("learner-" + UUID.randomUUID(), "demo-program", "cohort-a");

	@BeforeEach
	void callTheApi() {
		this.api = new SessionApi(this.mvc, this.tokens);
	}

	@Test
	void aSessionIsStartedAnsweredAndCompletedAtThePastTimesTheRequestsName() {
		Instant answeredAt = THREE_WEEKS_AGO.plus(Duration.ofMinutes(4));
		Instant completedAt = THREE_WEEKS_AGO.plus(Duration.ofMinutes(9));

		String sessionId = backdatedSession();
		String questionId = this.api.nextQuestionId(this.learner, sessionId);
		String answerId = UUID.randomUUID().toString();
		assertThat(this.api.post(this.learner, answer(answerId, questionId, answeredAt), "/api/sessions/{id}/answers",
				sessionId))
			.hasStatus(HttpStatus.ACCEPTED);
		assertThat(this.api.post(this.learner, "{\"completedAt\":\"" + completedAt + "\"}",
				"/api/sessions/{id}/complete", sessionId))
			.hasStatusOk()
			.bodyJson()
			.hasPathSatisfying("$.completedAt", (time) -> assertThat(time).isEqualTo(completedAt.toString()));

		try (TopicProbe sessions = TopicProbe.watch(bootstrapServers(), Topics.PRACTICE_SESSIONS);
				TopicProbe answers = TopicProbe.watch(bootstrapServers(), Topics.ANSWERS)) {
			assertThat(sessions
				.awaitRecord((r) -> r.value().contains("PracticeSessionStarted") && r.value().contains(sessionId))
				.value()).contains("\"occurredAt\":\"" + THREE_WEEKS_AGO + "\"");
			assertThat(sessions
				.awaitRecord((r) -> r.value().contains("PracticeSessionCompleted") && r.value().contains(sessionId))
				.value()).contains("\"occurredAt\":\"" + completedAt + "\"");
			assertThat(answers.awaitRecord((r) -> r.value().contains(answerId)).value())
				.contains("\"occurredAt\":\"" + answeredAt + "\"");
		}
	}

	@Test
	void aTimeAheadOfNowOrBeforeTheSessionStartedIsRefusedNamingTheField() {
		String sessionId = backdatedSession();
		String questionId = this.api.nextQuestionId(this.learner, sessionId);

		assertThat(this.api.post(this.learner,
				answer(UUID.randomUUID().toString(), questionId, Instant.now().plus(Duration.ofDays(1))),
				"/api/sessions/{id}/answers", sessionId))
			.hasStatus(HttpStatus.BAD_REQUEST)
			.hasContentType(MediaType.APPLICATION_PROBLEM_JSON)
			.bodyJson()
			.hasPathSatisfying("$.detail",
					(detail) -> assertThat(detail).asString().contains("'answeredAt'", "after now"));
		assertThat(this.api.post(this.learner,
				answer(UUID.randomUUID().toString(), questionId, THREE_WEEKS_AGO.minus(Duration.ofDays(1))),
				"/api/sessions/{id}/answers", sessionId))
			.hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.hasPathSatisfying("$.detail",
					(detail) -> assertThat(detail).asString().contains("'answeredAt'", "before practice session"));
		assertThat(this.api.get(this.learner, "/api/sessions/{id}", sessionId)).hasStatusOk()
			.bodyJson()
			.hasPathSatisfying("$.answeredQuestions", (count) -> assertThat(count).isEqualTo(0));
	}

	private String backdatedSession() {
		var started = this.api.start(this.learner,
				"{\"roleTrack\":\"" + ROLE_TRACK + "\",\"startedAt\":\"" + THREE_WEEKS_AGO + "\"}");
		assertThat(started).hasStatus(HttpStatus.CREATED)
			.bodyJson()
			.hasPathSatisfying("$.startedAt", (time) -> assertThat(time).isEqualTo(THREE_WEEKS_AGO.toString()));
		return SessionApi.read(started, "$.sessionId");
	}

	private static String answer(String answerId, String questionId, Instant answeredAt) {
		return "{\"answerId\":\"" + answerId + "\",\"questionId\":\"" + questionId
				+ "\",\"text\":\"I would verify the requester's identity with two identifiers first.\",\"answeredAt\":\""
				+ answeredAt + "\"}";
	}

	private String bootstrapServers() {
		return String.join(",", this.kafka.getBootstrapServers());
	}

}
