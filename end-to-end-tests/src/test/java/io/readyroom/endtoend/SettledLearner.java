package io.readyroom.endtoend;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.readyroom.endtoend.JsonHttp.JsonResponse;
import io.readyroom.local.ReadyroomService;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Waits until everything a learner has answered is scored and counted in their profile,
 * so that a test can tell a change it makes from practice still on its way (the demo
 * program's, on a busy machine). The learner answers one more question and the wait ends
 * once that answer is in the profile: each learner's events stay in order from session to
 * scoring to analytics, so every answer before it is in too.
 */
final class SettledLearner {

	private static final String ROLE_TRACK = "health-information-technician";

	private SettledLearner() {
	}

	static void settle(WebPlatform platform, String learner, JsonHttp staff) {
		String answerId = answerOneMoreQuestion(platform, learner);
		await(learner + "'s answers scored and counted").atMost(Duration.ofMinutes(2))
			.pollInterval(Duration.ofSeconds(1))
			.untilAsserted(() -> {
				JsonResponse answers = staff.get(platform.service(ReadyroomService.SCORING,
						"/api/scoring/learners/" + learner + "/answers?limit=100"));
				assertThat(answers.body().valueStream().map((answer) -> answer.path("answerId").asString()))
					.contains(answerId);
				JsonResponse profile = staff
					.get(platform.service(ReadyroomService.ANALYTICS, "/api/learners/" + learner + "/profile"));
				assertThat(profile.body().path("answerCount").asInt()).isEqualTo(answers.body().size());
			});
	}

	private static String answerOneMoreQuestion(WebPlatform platform, String learner) {
		JsonHttp api = platform.apiAs(learner);
		JsonResponse session = api.post(platform.service(ReadyroomService.SESSION, "/api/sessions"),
				Map.of("roleTrack", ROLE_TRACK, "questionCount", 1));
		assertThat(session.status()).as(session.body().toString()).isEqualTo(201);
		String sessionPath = "/api/sessions/" + session.text("sessionId");
		JsonResponse question = api.get(platform.service(ReadyroomService.SESSION, sessionPath + "/next-question"));
		assertThat(question.status()).as(question.body().toString()).isEqualTo(200);
		String answerId = UUID.randomUUID().toString();
		JsonResponse answered = api.post(platform.service(ReadyroomService.SESSION, sessionPath + "/answers"),
				Map.of("answerId", answerId, "questionId", question.text("questionId"), "text",
						new RubricAnswers(platform, "dana").covering(question.text("questionId"), 0.5)));
		assertThat(answered.status()).as(answered.body().toString()).isEqualTo(202);
		api.post(platform.service(ReadyroomService.SESSION, sessionPath + "/complete"), List.of());
		return answerId;
	}

}
