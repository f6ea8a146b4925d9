package io.readyroom.endtoend;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.readyroom.endtoend.JsonHttp.JsonResponse;
import io.readyroom.local.ReadyroomService;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One staff member's side of reviewing, through scoring-service as the pages call it: the
 * review queue, an answer's feedback, and reviews.
 */
final class StaffReviews {

	private final WebPlatform platform;

	private final JsonHttp staff;

	StaffReviews(WebPlatform platform, String staff) {
		this.platform = platform;
		this.staff = platform.apiAs(staff);
	}

	/**
	 * @return the queue of the cohort, highest priority first
	 */
	List<JsonNode> queue(String cohortId, int limit) {
		return items(this.staff.get(scoring("/api/scoring/review-queue?cohortId=" + cohortId + "&limit=" + limit)));
	}

	/**
	 * @return the queue of every cohort the staff member reads, highest priority first
	 */
	List<JsonNode> queue(int limit) {
		return items(this.staff.get(scoring("/api/scoring/review-queue?limit=" + limit)));
	}

	/**
	 * @return where the question stands with the program's graded answers
	 */
	JsonNode calibration(String questionId) {
		JsonResponse calibration = this.staff.get(scoring("/api/scoring/calibration"));
		assertThat(calibration.status()).as(calibration.body().toString()).isEqualTo(200);
		for (JsonNode question : calibration.body()) {
			if (question.path("questionId").asString().equals(questionId)) {
				return question;
			}
		}
		throw new AssertionError("No calibration of " + questionId + " in " + calibration.body());
	}

	JsonNode feedback(String answerId) {
		JsonResponse feedback = this.staff.get(scoring("/api/scoring/answers/" + answerId));
		assertThat(feedback.status()).as(feedback.body().toString()).isEqualTo(200);
		return feedback.body();
	}

	JsonResponse review(String answerId) {
		return this.staff.get(scoring("/api/scoring/answers/" + answerId + "/review"));
	}

	/**
	 * Reviews the answer with a score and no changed verdicts.
	 */
	JsonNode grade(String answerId, int score) {
		JsonResponse review = this.staff.post(scoring("/api/scoring/answers/" + answerId + "/review"),
				Map.of("score", score));
		assertThat(review.status()).as(review.body().toString()).isEqualTo(200);
		return review.body();
	}

	/**
	 * A score far from the machine's, so that a review of it moves every figure it is in.
	 */
	static int farFrom(int machineScore) {
		return (machineScore >= 50) ? 0 : 100;
	}

	private static List<JsonNode> items(JsonResponse queue) {
		assertThat(queue.status()).as(queue.body().toString()).isEqualTo(200);
		List<JsonNode> items = new ArrayList<>();
		queue.body().forEach(items::add);
		return items;
	}

	private URI scoring(String path) {
		return this.platform.service(ReadyroomService.SCORING, path);
	}

}
