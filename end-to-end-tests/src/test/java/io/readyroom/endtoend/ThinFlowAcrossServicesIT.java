package io.readyroom.endtoend;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import io.readyroom.contracts.Topics;
import io.readyroom.endtoend.JsonHttp.JsonResponse;
import io.readyroom.local.LocalPlatform;
import io.readyroom.local.LocalPlatformSettings;
import io.readyroom.local.ReadyroomService;
import io.readyroom.local.identity.DemoAccounts;
import io.readyroom.local.identity.DemoSignIn;
import io.readyroom.local.identity.SignInException;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.CleanupMode;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.awaitility.Awaitility.await;

/**
 * One learner's answer travels session-service → Kafka → scoring-service → Kafka →
 * analytics-service, on the real jars, Kafka broker, document store and identity server.
 * Every user signs in at the identity server as a browser would and calls the services
 * with the token; the services take who is calling from it.
 */
class ThinFlowAcrossServicesIT {

	private static final String ROLE_TRACK = "health-information-technician";

	private static final String OTHER_ROLE_TRACK = "ehr-specialist";

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
	void everyServiceRefusesACallWithoutAToken() {
		JsonHttp nobody = JsonHttp.anonymous();
		JsonResponse session = nobody.post(session("/api/sessions"), Map.of("roleTrack", ROLE_TRACK));
		JsonResponse preview = nobody.post(scoring("/api/scoring/preview"),
				Map.of("questionId", "hit-roi-process", "answer", ANSWER));
		JsonResponse profile = nobody.get(profileOf("ana"));

		SoftAssertions.assertSoftly((softly) -> {
			softly.assertThat(session.status()).as("session-service: " + session.body()).isEqualTo(401);
			softly.assertThat(preview.status()).as("scoring-service: " + preview.body()).isEqualTo(401);
			softly.assertThat(profile.status()).as("analytics-service: " + profile.body()).isEqualTo(401);
		});
	}

	@Test
	void aLearnerWithoutAnswersHasNoProfile() {
		JsonResponse profile = signedIn("olga").get(analytics("/api/learners/olga/profile"));

		assertThat(profile.status()).isEqualTo(404);
		assertThat(profile.contentType()).startsWith("application/problem+json");
	}

	@Test
	void anAnswerSubmittedTwiceIsCountedOnceAndShowsInTheCohortsFigures() {
		JsonHttp ana = signedIn("ana");
		answerOneQuestion(ana, "ana", true);

		await("the duplicate still counted once").during(Duration.ofSeconds(5))
			.atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(ana.get(profileOf("ana")).body().path("answerCount").asInt()).isEqualTo(1));
		await("the cohort's figures, as its coach sees them").atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertCohortCountsOneLearner(
					signedIn("carla").get(analytics("/api/cohorts/cohort-a/dashboard"))));
		JsonResponse comparison = signedIn("dana").get(analytics("/api/programs/demo-program/cohorts/comparison"));
		assertThat(comparison.status()).as(comparison.body().toString()).isEqualTo(200);
		assertThat(comparison.body().path("cohorts").findValuesAsString("cohortId")).contains("cohort-a");
	}

	/**
	 * The caller's trace goes with the answer through the three services: its id is in
	 * session-service's request log and, at DEBUG for the tracing package (set for these
	 * tests in this module's pom), in the lines scoring-service and analytics-service log
	 * for the answer's record and its score's.
	 */
	@Test
	void anAnswersTraceIdIsInTheLogsOfAllThreeServices() throws IOException {
		JsonHttp learner = signedIn("demo-learner-06");
		String sessionId = startSession(learner);
		Map<String, String> answer = Map.of("answerId", UUID.randomUUID().toString(), "questionId",
				nextQuestion(learner, sessionId).path("questionId").asString(), "text", ANSWER);
		String traceId = UUID.randomUUID().toString().replace("-", "");

		JsonResponse accepted = learner.post(session("/api/sessions/" + sessionId + "/answers"), answer,
				Map.of("traceparent", "00-" + traceId + "-00f067aa0ba902b7-01"));
		assertThat(accepted.status()).as(accepted.body().toString()).isEqualTo(202);

		await("the answer's trace id in every service's log").atMost(Duration.ofSeconds(60))
			.pollInterval(Duration.ofMillis(500))
			.untilAsserted(() -> {
				assertThat(logLines(ReadyroomService.SESSION, traceId)).anyMatch((line) -> line.contains("/answers"));
				assertThat(logLines(ReadyroomService.SCORING, traceId))
					.anyMatch((line) -> line.contains("Handled readyroom.answers-"));
				assertThat(logLines(ReadyroomService.ANALYTICS, traceId))
					.anyMatch((line) -> line.contains("Handled readyroom.answer-scores-"));
			});
	}

	@Test
	void aLearnerCannotReadAnotherLearnersProfile() {
		answerOneQuestion(signedIn("ben"), "ben", false);

		JsonResponse bensProfile = signedIn("ana").get(profileOf("ben"));

		assertThat(bensProfile.status()).as(bensProfile.body().toString()).isIn(403, 404);
		assertThat(bensProfile.body().path("answerCount").isMissingNode()).as("nothing of ben's profile shown")
			.isTrue();
	}

	@Test
	void aLearnerTheDirectorEnrolsPractisesAnAssignedDrillAndIsJudgedForTheTargetRoleStaffSet() {
		JsonHttp dana = signedIn("dana");
		String cohortId = "term-" + UUID.randomUUID().toString().substring(0, 8);
		expect(201, dana.post(session("/api/programs/demo-program/cohorts"),
				Map.of("cohortId", cohortId, "name", "Spring term")));
		expect(200, dana.put(enrolmentOf("lee"), Map.of("cohortId", cohortId)));
		expect(200, dana.put(targetRoleOf("lee"), Map.of("roleTrack", ROLE_TRACK)));
		String assignmentId = expect(201,
				dana.post(session("/api/cohorts/" + cohortId + "/assignments"),
						Map.of("title", "Privacy drill", "mode", "targeted", "competencyIds",
								List.of("hipaa-privacy-rule"), "questionCount", 1, "dueAt",
								Instant.now().plus(Duration.ofDays(3)).toString(), "learnerId", "lee")))
			.text("assignmentId");

		JsonHttp lee = signedIn("lee");
		JsonNode due = expect(200, lee.get(session("/api/assignments/mine"))).body();
		assertThat(due.findValuesAsString("assignmentId")).containsExactly(assignmentId);
		assertThat(due.get(0).path("status").asString()).isEqualTo("due");
		JsonResponse drill = expect(201, lee.post(session("/api/sessions"), Map.of("assignmentId", assignmentId)));
		assertThat(drill.text("cohortId")).as("the session counts in the cohort lee was enrolled in")
			.isEqualTo(cohortId);
		answerEveryQuestionAndComplete(lee, drill.text("sessionId"));

		await("lee judged for the target role staff set").atMost(Duration.ofSeconds(60))
			.untilAsserted(() -> assertThat(readinessOf(lee, "lee").text("roleTrack")).isEqualTo(ROLE_TRACK));
		JsonResponse otherTrack = expect(201,
				lee.post(session("/api/sessions"), Map.of("roleTrack", OTHER_ROLE_TRACK, "questionCount", 1)));
		answerEveryQuestionAndComplete(lee, otherTrack.text("sessionId"));
		await("the other track's answer counted").atMost(Duration.ofSeconds(60))
			.untilAsserted(() -> assertThat(lee.get(profileOf("lee")).body().path("answerCount").asInt()).isEqualTo(2));
		assertThat(readinessOf(lee, "lee").text("roleTrack")).as("a session of another track changes no role")
			.isEqualTo(ROLE_TRACK);

		expect(200, dana.put(targetRoleOf("lee"), Map.of("roleTrack", OTHER_ROLE_TRACK)));
		await("readiness follows the new target role").atMost(Duration.ofSeconds(60))
			.untilAsserted(() -> assertThat(readinessOf(lee, "lee").text("roleTrack")).isEqualTo(OTHER_ROLE_TRACK));
		JsonNode assignments = expect(200, dana.get(analytics("/api/cohorts/" + cohortId + "/assignments"))).body();
		assertThat(assignments.path("assignments").get(0).path("completedOnTime").asInt())
			.as("the cohort's dashboard counts lee's drill done on time")
			.isEqualTo(1);
	}

	/**
	 * Afterwards no service's store holds the learner's id or words, no topic holds their
	 * words, and the cohort's figures are as they were before the learner practised.
	 */
	@Test
	void aLearnerTheirDirectorErasesIsInNoStoreAndTheirWordsOnNoTopic() {
		String learnerId = "demo-learner-04";
		String words = ANSWER + " Erasure check " + UUID.randomUUID();
		JsonHttp carla = signedIn("carla");
		List<Long> cohortBefore = learnersAndAnswersOfCohortA(carla);
		answerOneQuestion(signedIn(learnerId), learnerId, words, false);
		expect(200, carla.get(profileOf(learnerId)));
		JsonHttp dana = signedIn("dana");

		JsonResponse receipt = expect(202,
				dana.post(session("/api/programs/demo-program/erasures"), Map.of("learnerId", learnerId)));

		URI receiptUri = session("/api/programs/demo-program/erasures/" + receipt.text("erasureId"));
		await("every service has erased the learner").atMost(Duration.ofSeconds(60))
			.untilAsserted(() -> assertThat(expect(200, dana.get(receiptUri)).text("status")).isEqualTo("complete"));
		EveryStoreAndTopic everything = new EveryStoreAndTopic(platform);
		assertThat(everything.documentsContaining(learnerId)).isEmpty();
		assertThat(everything.documentsContaining(words)).isEmpty();
		await("the answer compacted off the broker's disk").atMost(Duration.ofSeconds(90))
			.pollInterval(Duration.ofSeconds(2))
			.untilAsserted(() -> assertThat(everything.recordsContaining(words)).isEmpty());
		assertThat(learnersAndAnswersOfCohortA(carla)).isEqualTo(cohortBefore);
		assertThat(expect(404, carla.get(profileOf(learnerId))).contentType()).startsWith("application/problem+json");
		assertThat(
				expect(200, dana.post(session("/api/programs/demo-program/erasures"), Map.of("learnerId", learnerId)))
					.body())
			.isEqualTo(expect(200, dana.get(receiptUri)).body());
	}

	@Test
	void outsideDemoModeTheIdentityServerPublishesNoPassword() {
		JsonResponse accounts = JsonHttp.anonymous().get(platform.issuerUri().resolve("/demo-accounts"));

		assertThat(accounts.status()).isEqualTo(404);
		assertThatExceptionOfType(SignInException.class).isThrownBy(() -> DemoAccounts.of(platform.issuerUri()))
			.withMessageContaining("only in demo mode");
	}

	@Test
	void aWrongPasswordGetsNoToken() {
		assertThatExceptionOfType(SignInException.class)
			.isThrownBy(() -> new DemoSignIn(platform.issuerUri()).accessToken("ana", "not-her-password"))
			.withMessageContaining("wrong username or password");
	}

	@Test
	void theStartScriptsTokenCommandPrintsATokenTheServicesAccept() throws IOException, InterruptedException {
		Path script = BuiltProject.root().resolve("readyroom");
		Process command = new ProcessBuilder("bash", script.toString(), "token", "ana", "ana-demo", "--identity-port",
				Integer.toString(platform.issuerUri().getPort()))
			.start();
		String token = new String(command.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
		String errors = new String(command.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(command.waitFor(60, TimeUnit.SECONDS)).isTrue();
		assertThat(command.exitValue()).as(errors).isZero();

		JsonResponse started = JsonHttp.withToken(token)
			.post(session("/api/sessions"), Map.of("roleTrack", ROLE_TRACK));
		assertThat(started.status()).as(started.body().toString()).isEqualTo(201);
	}

	/**
	 * What the Grafana dashboards of docker-compose.yml show must be there to show: once
	 * an answer has gone through and a record of each consuming service was dead-lettered
	 * (the counter appears with the first one), every metric and label they query is
	 * exported.
	 */
	@Test
	void everyMetricTheGrafanaDashboardsQueryIsExportedByTheServices() {
		List<GrafanaDashboard> dashboards = GrafanaDashboard.in(BuiltProject.root());
		answerOneQuestion(signedIn("demo-learner-10"), "demo-learner-10", false);
		sendUnreadableRecords(Topics.ANSWERS, Topics.ANSWER_SCORES);
		String admin = new DemoSignIn(platform.issuerUri()).accessToken("admin", "admin-demo");

		await("every metric and label the dashboards query exported").atMost(Duration.ofSeconds(60))
			.pollInterval(Duration.ofSeconds(2))
			.untilAsserted(() -> assertThat(UnexportedQueries.of(dashboards, exportedByEveryService(admin))).isEmpty());
	}

	/**
	 * Starts a session, answers its first question, and waits until the answer is scored
	 * and counted in the learner's profile.
	 * @param twice whether to send the answer again, as a client retrying would
	 */
	private static void answerOneQuestion(JsonHttp learner, String learnerId, boolean twice) {
		answerOneQuestion(learner, learnerId, ANSWER, twice);
	}

	private static void answerOneQuestion(JsonHttp learner, String learnerId, String text, boolean twice) {
		String sessionId = startSession(learner);
		JsonNode question = nextQuestion(learner, sessionId);
		Map<String, String> answer = Map.of("answerId", UUID.randomUUID().toString(), "questionId",
				question.path("questionId").asString(), "text", text);

		JsonResponse accepted = learner.post(session("/api/sessions/" + sessionId + "/answers"), answer);
		assertThat(accepted.status()).as(accepted.body().toString()).isEqualTo(202);
		assertThat(accepted.text("answerId")).isEqualTo(answer.get("answerId"));
		assertThat(accepted.text("status")).isEqualTo("ACCEPTED");
		if (twice) {
			// the same acknowledgement, whether the first send's answer arrived or not
			JsonResponse replayed = learner.post(session("/api/sessions/" + sessionId + "/answers"), answer);
			assertThat(replayed.status()).as(replayed.body().toString()).isEqualTo(202);
			assertThat(replayed.body()).isEqualTo(accepted.body());
		}

		await("the answer scored and counted in " + learnerId + "'s profile").atMost(Duration.ofSeconds(60))
			.pollInterval(Duration.ofMillis(500))
			.untilAsserted(() -> assertProfileCountsOneScoredAnswer(learner.get(profileOf(learnerId))));
	}

	/**
	 * Sends only what the learner chooses; who they are and their program and cohort come
	 * from the token.
	 */
	private static String startSession(JsonHttp learner) {
		JsonResponse started = learner.post(session("/api/sessions"), Map.of("roleTrack", ROLE_TRACK));
		assertThat(started.status()).as(started.body().toString()).isEqualTo(201);
		assertThat(started.text("sessionId")).isNotBlank();
		return started.text("sessionId");
	}

	private static JsonNode nextQuestion(JsonHttp learner, String sessionId) {
		JsonResponse question = learner.get(session("/api/sessions/" + sessionId + "/next-question"));
		assertThat(question.status()).as(question.body().toString()).isEqualTo(200);
		assertThat(question.text("questionId")).isNotBlank();
		assertThat(question.body().path("version").isIntegralNumber()).as("version is a number").isTrue();
		assertThat(question.text("text")).isNotBlank();
		return question.body();
	}

	private static void assertProfileCountsOneScoredAnswer(JsonResponse profile) {
		assertThat(profile.status()).as(profile.body().toString()).isEqualTo(200);
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

	private static void assertCohortCountsOneLearner(JsonResponse dashboard) {
		assertThat(dashboard.status()).as(dashboard.body().toString()).isEqualTo(200);
		assertThat(dashboard.text("cohortId")).isEqualTo("cohort-a");
		assertThat(dashboard.body().path("learners").asInt()).isEqualTo(1);
		assertThat(dashboard.body().path("answers").asLong()).isEqualTo(1);
	}

	/** What cohort A's dashboard counts; nothing yet before anyone has practised. */
	private static List<Long> learnersAndAnswersOfCohortA(JsonHttp coach) {
		JsonResponse dashboard = coach.get(analytics("/api/cohorts/cohort-a/dashboard"));
		if (dashboard.status() == 404) {
			return List.of(0L, 0L);
		}
		JsonNode counts = expect(200, dashboard).body();
		return List.of(counts.path("learners").asLong(), counts.path("answers").asLong());
	}

	private static void answerEveryQuestionAndComplete(JsonHttp learner, String sessionId) {
		JsonResponse question = learner.get(session("/api/sessions/" + sessionId + "/next-question"));
		while (question.status() == 200) {
			expect(202, learner.post(session("/api/sessions/" + sessionId + "/answers"), Map.of("answerId",
					UUID.randomUUID().toString(), "questionId", question.text("questionId"), "text", ANSWER)));
			question = learner.get(session("/api/sessions/" + sessionId + "/next-question"));
		}
		expect(204, question);
		expect(200, learner.post(session("/api/sessions/" + sessionId + "/complete"), Map.of()));
	}

	private static List<ExportedSeries> exportedByEveryService(String accessToken) {
		return Stream.of(ReadyroomService.values())
			.flatMap((service) -> MetricsScrape.of(platform.baseUrl(service), accessToken).stream())
			.toList();
	}

	/**
	 * Sends bytes that are not JSON, which the consuming service dead-letters at once.
	 */
	private static void sendUnreadableRecords(String... topics) {
		Map<String, Object> settings = Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, platform.kafkaBootstrap(),
				ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
				ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
		try (KafkaProducer<String, String> producer = new KafkaProducer<>(settings)) {
			for (String topic : topics) {
				producer.send(new ProducerRecord<>(topic, "unreadable", "{\"eventId\": \"cut off here"));
			}
			producer.flush();
		}
	}

	private static JsonResponse readinessOf(JsonHttp caller, String learnerId) {
		return expect(200, caller.get(analytics("/api/learners/" + learnerId + "/readiness")));
	}

	private static JsonResponse expect(int status, JsonResponse response) {
		assertThat(response.status()).as(response.body().toString()).isEqualTo(status);
		return response;
	}

	private static URI enrolmentOf(String learnerId) {
		return session("/api/programs/demo-program/enrolments/" + learnerId);
	}

	private static URI targetRoleOf(String learnerId) {
		return session("/api/programs/demo-program/enrolments/" + learnerId + "/target-role");
	}

	/**
	 * Signs the demo user in with their password from the README's table, as the login
	 * form would: outside demo mode the identity server lists none.
	 */
	private static JsonHttp signedIn(String username) {
		return JsonHttp.withToken(new DemoSignIn(platform.issuerUri()).accessToken(username, username + "-demo"));
	}

	/** The lines of a service's log file that name {@code traceId}. */
	private static List<String> logLines(ReadyroomService service, String traceId) throws IOException {
		Path log = platform.settings().logDirectory().resolve(service.artifactId() + ".log");
		try (var lines = Files.lines(log, StandardCharsets.UTF_8)) {
			return lines.filter((line) -> line.contains(traceId)).toList();
		}
	}

	private static URI profileOf(String learnerId) {
		return analytics("/api/learners/" + learnerId + "/profile");
	}

	private static URI session(String path) {
		return platform.baseUrl(ReadyroomService.SESSION).resolve(path);
	}

	private static URI scoring(String path) {
		return platform.baseUrl(ReadyroomService.SCORING).resolve(path);
	}

	private static URI analytics(String path) {
		return platform.baseUrl(ReadyroomService.ANALYTICS).resolve(path);
	}

}
