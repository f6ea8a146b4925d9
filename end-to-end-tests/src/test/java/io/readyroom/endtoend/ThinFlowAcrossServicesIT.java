package io.readyroom.endtoend;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import io.readyroom.endtoend.JsonHttp.JsonResponse;
import io.readyroom.local.LocalPlatform;
import io.readyroom.local.LocalPlatformSettings;
import io.readyroom.local.ReadyroomService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.CleanupMode;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * One learner's answer travels session-service → Kafka → scoring-service → Kafka →
 * analytics-service, on the real jars, Kafka broker and document store.
 */
class ThinFlowAcrossServicesIT {

	private static final String LEARNER = "learner-e2e";

	private static final String ANSWER = """
			First I verify the requester's identity and authority, checking photo ID and the signed \
			authorization form against the patient's record. Under the HIPAA minimum necessary standard \
			I release only the records the authorization covers, not the whole chart. Then I document the \
			disclosure in the accounting of disclosures log: who received what, when, and under which \
			authorization, so the release can be audited later.""";

	// kept when a test fails: the services' logs are in its logs/ directory
	@TempDir(cleanup = CleanupMode.ON_SUCCESS)
	static Path dataDirectory;

	private static LocalPlatform platform;

	private final JsonHttp http = new JsonHttp();

	@BeforeAll
	static void startPlatform() {
		platform = LocalPlatform.start(LocalPlatformSettings.onFreePorts(dataDirectory, BuiltProject.root()));
	}

	@AfterAll
	static void stopPlatform() {
		if (platform != null) {
			platform.close();
		}
	}

	@Test
	void aLearnerWithoutAnswersHasNoProfile() {
		JsonResponse profile = this.http.get(analytics("/api/learners/nobody/profile"));

		assertThat(profile.status()).isEqualTo(404);
		assertThat(profile.contentType()).startsWith("application/problem+json");
	}

	@Test
	void anAnswerSubmittedTwiceIsScoredAndCountedOnce() {
		String sessionId = startSession();
		JsonNode question = nextQuestion(sessionId);
		Map<String, String> answer = Map.of("answerId", UUID.randomUUID().toString(), "questionId",
				question.path("questionId").asString(), "text", ANSWER);

		JsonResponse accepted = this.http.post(session("/api/sessions/" + sessionId + "/answers"), answer);
		assertThat(accepted.status()).as(accepted.body().toString()).isEqualTo(202);
		assertThat(accepted.text("answerId")).isEqualTo(answer.get("answerId"));
		assertThat(accepted.text("status")).isEqualTo("ACCEPTED");

		JsonResponse replayed = this.http.post(session("/api/sessions/" + sessionId + "/answers"), answer);
		assertThat(replayed.status()).as(replayed.body().toString()).isEqualTo(200);
		assertThat(replayed.text("answerId")).isEqualTo(answer.get("answerId"));

		await("the answer scored and counted in the learner's profile").atMost(Duration.ofSeconds(60))
			.pollInterval(Duration.ofMillis(500))
			.untilAsserted(() -> assertProfileCountsOneScoredAnswer(this.http.get(learnerProfile())));
		await("the duplicate still counted once").during(Duration.ofSeconds(5))
			.atMost(Duration.ofSeconds(10))
			.untilAsserted(
					() -> assertThat(this.http.get(learnerProfile()).body().path("answerCount").asInt()).isEqualTo(1));
	}

	private String startSession() {
		JsonResponse started = this.http.post(session("/api/sessions"),
				Map.of("learnerId", LEARNER, "cohortId", "cohort-e2e", "roleTrack", "health-information-technician"));
		assertThat(started.status()).as(started.body().toString()).isEqualTo(201);
		assertThat(started.text("sessionId")).isNotBlank();
		return started.text("sessionId");
	}

	private JsonNode nextQuestion(String sessionId) {
		JsonResponse question = this.http.get(session("/api/sessions/" + sessionId + "/next-question"));
		assertThat(question.status()).as(question.body().toString()).isEqualTo(200);
		assertThat(question.text("questionId")).isNotBlank();
		assertThat(question.body().path("version").isIntegralNumber()).as("version is a number").isTrue();
		assertThat(question.text("text")).isNotBlank();
		return question.body();
	}

	private static void assertProfileCountsOneScoredAnswer(JsonResponse profile) {
		assertThat(profile.status()).isEqualTo(200);
		assertThat(profile.body().path("answerCount").asInt()).isEqualTo(1);
		JsonNode competencies = profile.body().path("competencies");
		assertThat(competencies.isArray()).as("competencies is an array").isTrue();
		assertThat(competencies.size()).as("competencies").isPositive();
		for (JsonNode competency : competencies) {
			assertThat(competency.path("competency").asString()).isNotBlank();
			assertThat(competency.path("answerCount").asInt()).isPositive();
			assertThat(competency.path("meanScore").isNumber()).as("meanScore is a number").isTrue();
			assertThat(competency.path("meanScore").asDouble()).isBetween(0.0, 100.0);
		}
	}

	private static URI learnerProfile() {
		return analytics("/api/learners/" + LEARNER + "/profile");
	}

	private static URI session(String path) {
		return platform.baseUrl(ReadyroomService.SESSION).resolve(path);
	}

	private static URI analytics(String path) {
		return platform.baseUrl(ReadyroomService.ANALYTICS).resolve(path);
	}

}
