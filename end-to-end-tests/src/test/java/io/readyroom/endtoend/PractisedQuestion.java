package io.readyroom.endtoend;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import io.readyroom.endtoend.JsonHttp.JsonResponse;
import io.readyroom.local.ReadyroomService;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * One question answered by several learners, each covering a different share of its
 * rubric, and scored: what a question needs before reviews can calibrate it. Each learner
 * practises the smallest set of the role track's questions of one type and difficulty,
 * all of it, so every learner answers the same questions.
 *
 * @param questionId the question every learner answered
 * @param answerIds their answers to it, scored
 */
record PractisedQuestion(String questionId, List<String> answerIds) {

	private static final String ROLE_TRACK = "health-information-technician";

	private static final String STAFF = "dana";

	static PractisedQuestion answeredBy(WebPlatform platform, List<String> learners) {
		List<JsonNode> set = smallestSet(platform);
		String questionId = set.get(0).path("questionId").asString();
		RubricAnswers rubricAnswers = new RubricAnswers(platform, STAFF);
		List<String> answerIds = new ArrayList<>();
		for (int i = 0; i < learners.size(); i++) {
			double share = (i + 1.0) / learners.size();
			answerIds.add(practise(platform, learners.get(i), set, questionId, rubricAnswers, share));
		}
		JsonHttp staff = platform.apiAs(STAFF);
		// behind the demo program's practice, which may still be being scored on a busy
		// machine
		await("every answer to " + questionId + " scored").atMost(Duration.ofMinutes(2))
			.pollInterval(Duration.ofSeconds(1))
			.until(() -> answerIds.stream()
				.allMatch((answerId) -> staff
					.get(platform.service(ReadyroomService.SCORING, "/api/scoring/answers/" + answerId))
					.status() == 200));
		return new PractisedQuestion(questionId, answerIds);
	}

	/**
	 * The role track's questions of the type and difficulty that have the fewest.
	 */
	private static List<JsonNode> smallestSet(WebPlatform platform) {
		JsonResponse questions = platform.apiAs(STAFF)
			.get(platform.service(ReadyroomService.SESSION, "/api/questions?roleTrack=" + ROLE_TRACK));
		assertThat(questions.status()).as(questions.body().toString()).isEqualTo(200);
		List<JsonNode> all = new ArrayList<>();
		questions.body().forEach(all::add);
		Map<String, List<JsonNode>> sets = all.stream()
			.collect(Collectors.groupingBy((q) -> q.path("type").asString() + "/" + q.path("difficulty").asString()));
		return sets.values()
			.stream()
			.min(Comparator.<List<JsonNode>>comparingInt(List::size)
				.thenComparing((set) -> set.get(0).path("questionId").asString()))
			.orElseThrow();
	}

	/**
	 * @return the learner's answer to the question
	 */
	private static String practise(WebPlatform platform, String learner, List<JsonNode> set, String questionId,
			RubricAnswers rubricAnswers, double share) {
		JsonHttp api = platform.apiAs(learner);
		JsonNode first = set.get(0);
		JsonResponse session = api.post(platform.service(ReadyroomService.SESSION, "/api/sessions"),
				Map.of("roleTrack", ROLE_TRACK, "mode", "practice-set", "types", List.of(first.path("type").asString()),
						"difficulties", List.of(first.path("difficulty").asString()), "questionCount", set.size()));
		assertThat(session.status()).as(session.body().toString()).isEqualTo(201);
		String sessionPath = "/api/sessions/" + session.text("sessionId");
		String answerId = null;
		for (int i = 0; i < set.size(); i++) {
			JsonResponse next = api.get(platform.service(ReadyroomService.SESSION, sessionPath + "/next-question"));
			assertThat(next.status()).as(next.body().toString()).isEqualTo(200);
			String asked = next.text("questionId");
			String id = UUID.randomUUID().toString();
			JsonResponse answered = api.post(platform.service(ReadyroomService.SESSION, sessionPath + "/answers"),
					Map.of("answerId", id, "questionId", asked, "text", rubricAnswers.covering(asked, share)));
			assertThat(answered.status()).as(answered.body().toString()).isEqualTo(202);
			if (asked.equals(questionId)) {
				answerId = id;
			}
		}
		api.post(platform.service(ReadyroomService.SESSION, sessionPath + "/complete"), Map.of());
		assertThat(answerId).as(learner + " was asked " + questionId).isNotNull();
		return answerId;
	}

}
