package io.readyroom.endtoend;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.readyroom.endtoend.JsonHttp.JsonResponse;
import io.readyroom.local.LocalPlatform;
import io.readyroom.local.ReadyroomService;
import io.readyroom.local.identity.DemoSignIn;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

import static io.readyroom.local.ReadyroomService.ANALYTICS;
import static io.readyroom.local.ReadyroomService.SCORING;
import static io.readyroom.local.ReadyroomService.SESSION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The endpoints of the README's service table, each called by a demo user whose role may
 * call it. A row says what answers: a JSON or CSV body, or, for an endpoint that changes
 * something, a body for a valid request or a {@code 400} (or {@code 422}) problem for an
 * empty one, which shows the method and path are taken without changing anything. To
 * extend, add a row.
 */
final class ReadmeEndpoints {

	private static final String JSON = "application/json";

	private static final String CSV = "text/csv";

	private static final String PROBLEM = "application/problem+json";

	/** No body: {@code 204}. */
	private static final String NOTHING = "";

	private static final String TRACK = "health-information-technician";

	private final LocalPlatform platform;

	private final Map<String, String> tokens;

	private final String sessionId;

	private final String questionId;

	private final String answerId;

	private final String assignmentId;

	private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

	private final JsonMapper json = JsonMapper.builder().build();

	private ReadmeEndpoints(LocalPlatform platform, Map<String, String> tokens, PractisedAnswer practised,
			String assignmentId) {
		this.platform = platform;
		this.tokens = tokens;
		this.sessionId = practised.sessionId();
		this.questionId = practised.questionId();
		this.answerId = practised.answerId();
		this.assignmentId = assignmentId;
	}

	/**
	 * Signs in the demo users, gives ana a session with a scored answer and cohort-a an
	 * assignment, for the rows that name them.
	 */
	static ReadmeEndpoints on(LocalPlatform platform) {
		DemoSignIn signIn = new DemoSignIn(platform.issuerUri());
		Map<String, String> tokens = Map.of("ana", signIn.accessToken("ana", "ana-demo"), "carla",
				signIn.accessToken("carla", "carla-demo"), "dana", signIn.accessToken("dana", "dana-demo"), "lee",
				signIn.accessToken("lee", "lee-demo"));
		JsonHttp ana = JsonHttp.withToken(tokens.get("ana"));
		String sessionId = ana.post(platform.baseUrl(SESSION).resolve("/api/sessions"), Map.of("roleTrack", TRACK))
			.text("sessionId");
		String questionId = ana.get(platform.baseUrl(SESSION).resolve("/api/sessions/" + sessionId + "/next-question"))
			.text("questionId");
		String answerId = UUID.randomUUID().toString();
		JsonResponse accepted = ana.post(platform.baseUrl(SESSION).resolve("/api/sessions/" + sessionId + "/answers"),
				Map.of("answerId", answerId, "questionId", questionId, "text",
						"I verify the requester's identity, release only what is authorized and log the disclosure."));
		assertThat(accepted.status()).as(accepted.body().toString()).isEqualTo(202);
		await("ana's answer scored and counted").atMost(Duration.ofMinutes(1)).untilAsserted(() -> {
			assertThat(ana.get(platform.baseUrl(SCORING).resolve("/api/scoring/answers/" + answerId)).status())
				.isEqualTo(200);
			assertThat(ana.get(platform.baseUrl(ANALYTICS).resolve("/api/learners/ana/profile")).status())
				.isEqualTo(200);
		});
		String assignmentId = JsonHttp.withToken(tokens.get("carla"))
			.post(platform.baseUrl(SESSION).resolve("/api/cohorts/cohort-a/assignments"),
					Map.of("title", "Readme drill", "mode", "practice-set", "dueAt",
							Instant.now().plus(Duration.ofDays(7)).toString()))
			.text("assignmentId");
		return new ReadmeEndpoints(platform, tokens, new PractisedAnswer(sessionId, questionId, answerId),
				assignmentId);
	}

	List<Endpoint> table() {
		String session = "/api/sessions/" + this.sessionId;
		String answer = "/api/scoring/answers/" + this.answerId;
		String rules = "/api/programs/demo-program/readiness-rules/" + TRACK;
		String cohorts = "/api/programs/demo-program/cohorts";
		String lee = "/api/programs/demo-program/enrolments/lee";
		String assignment = "/api/assignments/" + this.assignmentId;
		return List.of(
		// @formatter:off
			//           user     method    service    path                                                        body  answers
			new Endpoint("ana",   "POST",   SESSION,   "/api/sessions",                                            "{\"roleTrack\":\"" + TRACK + "\"}", JSON),
			new Endpoint("ana",   "GET",    SESSION,   session,                                                    null, JSON),
			new Endpoint("ana",   "GET",    SESSION,   session + "/next-question",                                 null, JSON),
			new Endpoint("ana",   "POST",   SESSION,   session + "/answers",                                       "{}", PROBLEM),
			new Endpoint("dana",  "GET",    SESSION,   "/api/competency-model",                                    null, JSON),
			new Endpoint("dana",  "GET",    SESSION,   "/api/questions?roleTrack=" + TRACK + "&programId=demo-program", null, JSON),
			new Endpoint("dana",  "GET",    SESSION,   "/api/questions/hit-roi-process",                           null, JSON),
			new Endpoint("dana",  "GET",    SESSION,   "/api/questions/hit-roi-process/versions/1",                null, JSON),
			new Endpoint("dana",  "POST",   SESSION,   "/api/programs/demo-program/questions",                     "{}", PROBLEM),
			new Endpoint("dana",  "POST",   SESSION,   cohorts,                                                    "{\"cohortId\":\"readme-term\",\"name\":\"Readme term\"}", JSON),
			new Endpoint("dana",  "GET",    SESSION,   cohorts,                                                    null, JSON),
			new Endpoint("dana",  "PATCH",  SESSION,   cohorts + "/readme-term",                                   "{\"name\":\"Readme term, renamed\"}", JSON),
			new Endpoint("dana",  "PUT",    SESSION,   cohorts + "/readme-term/coaches",                           "{\"coachIds\":[\"cody\"]}", JSON),
			new Endpoint("dana",  "PUT",    SESSION,   lee,                                                        "{\"cohortId\":\"readme-term\"}", JSON),
			new Endpoint("dana",  "POST",   SESSION,   "/api/programs/demo-program/enrolments/import",             "username,cohort\nlee,readme-term\n", CSV, JSON),
			new Endpoint("dana",  "GET",    SESSION,   "/api/programs/demo-program/enrolments?cohortId=readme-term", null, JSON),
			new Endpoint("lee",   "GET",    SESSION,   lee,                                                        null, JSON),
			new Endpoint("dana",  "PUT",    SESSION,   lee + "/target-role",                                       "{\"roleTrack\":\"" + TRACK + "\"}", JSON),
			new Endpoint("lee",   "POST",   SESSION,   lee + "/target-role/proposal",                              "{\"roleTrack\":\"ehr-specialist\"}", JSON),
			new Endpoint("dana",  "DELETE", SESSION,   lee + "/target-role/proposal",                              null, JSON),
			new Endpoint("dana",  "DELETE", SESSION,   lee,                                                        null, JSON),
			new Endpoint("dana",  "POST",   SESSION,   cohorts + "/readme-term/close",                             null, JSON),
			new Endpoint("dana",  "POST",   SESSION,   "/api/programs/demo-program/erasures",                      "{}", PROBLEM),
			new Endpoint("dana",  "GET",    SESSION,   "/api/programs/demo-program/erasures",                      null, JSON),
			new Endpoint("dana",  "PUT",    SESSION,   "/api/programs/demo-program/retention",                     "{\"answerTextDays\":null}", JSON),
			new Endpoint("dana",  "GET",    SESSION,   "/api/programs/demo-program/retention",                     null, JSON),
			new Endpoint("carla", "POST",   SESSION,   "/api/cohorts/cohort-a/assignments",                        "{}", PROBLEM),
			new Endpoint("carla", "GET",    SESSION,   "/api/cohorts/cohort-a/assignments",                        null, JSON),
			new Endpoint("carla", "GET",    SESSION,   assignment,                                                 null, JSON),
			new Endpoint("carla", "PATCH",  SESSION,   assignment,                                                 "{\"title\":\"Readme drill, renamed\"}", JSON),
			new Endpoint("ana",   "GET",    SESSION,   "/api/assignments/mine",                                    null, JSON),
			new Endpoint("carla", "DELETE", SESSION,   assignment,                                                 null, JSON),
			new Endpoint("ana",   "GET",    SCORING,   answer,                                                     null, JSON),
			new Endpoint("ana",   "GET",    SCORING,   "/api/scoring/learners/ana/answers?limit=5",                null, JSON),
			new Endpoint("carla", "POST",   SCORING,   "/api/scoring/preview",                                     "{}", PROBLEM),
			new Endpoint("dana",  "POST",   SCORING,   "/api/scoring/rescore",                                     "{}", PROBLEM),
			new Endpoint("carla", "POST",   SCORING,   answer + "/review",                                         "{}", PROBLEM),
			new Endpoint("carla", "POST",   SCORING,   answer + "/review",                                         "{\"score\":70,\"note\":\"Name the policy.\"}", JSON),
			new Endpoint("ana",   "GET",    SCORING,   answer + "/review",                                         null, JSON),
			new Endpoint("carla", "GET",    SCORING,   "/api/scoring/review-queue?cohortId=cohort-a&limit=5",      null, JSON),
			new Endpoint("dana",  "GET",    SCORING,   "/api/scoring/calibration",                                 null, JSON),
			new Endpoint("ana",   "GET",    SCORING,   "/api/scoring/backlog",                                     null, JSON),
			new Endpoint("dana",  "POST",   SCORING,   "/api/scoring/questions/" + this.questionId + "/rescore-unreviewed", null, JSON),
			new Endpoint("ana",   "GET",    ANALYTICS, "/api/learners/ana/profile",                                null, JSON),
			new Endpoint("ana",   "GET",    ANALYTICS, "/api/learners/ana/weak-areas",                             null, JSON),
			new Endpoint("ana",   "GET",    ANALYTICS, "/api/learners/ana/readiness",                              null, JSON),
			new Endpoint("carla", "GET",    ANALYTICS, "/api/cohorts/cohort-a/dashboard",                          null, JSON),
			new Endpoint("carla", "GET",    ANALYTICS, "/api/cohorts/cohort-a/matrix",                             null, JSON),
			new Endpoint("carla", "GET",    ANALYTICS, "/api/cohorts/cohort-a/assignments",                        null, JSON),
			new Endpoint("dana",  "GET",    ANALYTICS, "/api/programs/demo-program/cohorts/comparison",            null, JSON),
			new Endpoint("carla", "GET",    ANALYTICS, "/api/cohorts/cohort-a/agreement",                          null, JSON),
			new Endpoint("dana",  "GET",    ANALYTICS, "/api/programs/demo-program/agreement",                     null, JSON),
			new Endpoint("dana",  "GET",    ANALYTICS, rules,                                                      null, JSON),
			new Endpoint("dana",  "PUT",    ANALYTICS, rules,                                                      "{}", PROBLEM),
			new Endpoint("dana",  "PUT",    ANALYTICS, rules,                                                      "{\"requires\":[{\"competency\":\"release-of-information\",\"threshold\":60,\"minAnswers\":1}]}", JSON),
			new Endpoint("dana",  "DELETE", ANALYTICS, rules,                                                      null, NOTHING),
			new Endpoint("carla", "GET",    ANALYTICS, "/api/cohorts/cohort-a/exports/matrix?format=csv",          null, CSV),
			new Endpoint("dana",  "GET",    ANALYTICS, "/api/programs/demo-program/exports/summary?format=json",   null, JSON),
			new Endpoint("dana",  "GET",    ANALYTICS, "/api/cohorts/cohort-a/exports/questions?format=json",      null, JSON),
			new Endpoint("dana",  "GET",    ANALYTICS, "/api/programs/demo-program/exports/agreement?format=csv",  null, CSV),
			new Endpoint("dana",  "GET",    ANALYTICS, "/api/programs/demo-program/exports/access-log?format=csv", null, CSV),
			new Endpoint("dana",  "GET",    ANALYTICS, "/api/programs/demo-program/access-log",                    null, JSON),
			new Endpoint("dana",  "GET",    ANALYTICS, "/api/programs/demo-program/exports/xapi",                  null, JSON),
			new Endpoint("dana",  "PUT",    ANALYTICS, "/api/programs/demo-program/lrs",                           "{}", PROBLEM),
			new Endpoint("dana",  "GET",    ANALYTICS, "/v3/api-docs",                                             null, JSON),
			new Endpoint("ana",   "POST",   SESSION,   session + "/complete",                                      null, JSON));
		// @formatter:on
	}

	void check(Endpoint endpoint) {
		HttpResponse<String> response = send(endpoint);
		String called = endpoint.user() + ": " + endpoint.method() + " " + endpoint.path() + " -> "
				+ response.statusCode() + " " + response.body();
		String contentType = response.headers().firstValue("Content-Type").orElse("");
		assertThat(contentType).as(called).startsWith(endpoint.answers());
		if (endpoint.answers().equals(PROBLEM)) {
			// refused input: 400, or 422 for an import whose content is invalid
			assertThat(response.statusCode()).as(called).isIn(400, 422);
			assertThat(this.json.readTree(response.body()).path("type").asString()).as(called)
				.doesNotEndWith("/unknown-endpoint");
		}
		else if (endpoint.answers().equals(NOTHING)) {
			assertThat(response.statusCode()).as(called).isEqualTo(204);
		}
		else {
			assertThat(response.statusCode()).as(called).isBetween(200, 299);
		}
	}

	private HttpResponse<String> send(Endpoint endpoint) {
		URI uri = this.platform.baseUrl(endpoint.service()).resolve(endpoint.path());
		HttpRequest.BodyPublisher body = (endpoint.body() != null)
				? HttpRequest.BodyPublishers.ofString(endpoint.body()) : HttpRequest.BodyPublishers.noBody();
		HttpRequest request = HttpRequest.newBuilder(uri)
			.method(endpoint.method(), body)
			.header("Authorization", "Bearer " + this.tokens.get(endpoint.user()))
			.header("Content-Type", endpoint.sends())
			.timeout(Duration.ofSeconds(30))
			.build();
		try {
			return this.client.send(request, HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * One row of the README's service table.
	 *
	 * @param user the demo user who calls it, whose role may
	 * @param method the HTTP method
	 * @param service where it runs
	 * @param path with a query where the endpoint needs one
	 * @param body sent, or {@code null} for none
	 * @param sends the content type of the body
	 * @param answers the content type of the answer: a body, or a problem refusing an
	 * empty body
	 */
	record Endpoint(String user, String method, ReadyroomService service, String path, @Nullable String body,
			String sends, String answers) {

		/** A row that sends JSON, or nothing. */
		Endpoint(String user, String method, ReadyroomService service, String path, @Nullable String body,
				String answers) {
			this(user, method, service, path, body, JSON, answers);
		}

	}

	private record PractisedAnswer(String sessionId, String questionId, String answerId) {

	}

}
