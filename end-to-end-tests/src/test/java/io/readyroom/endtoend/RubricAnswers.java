package io.readyroom.endtoend;

import java.util.ArrayList;
import java.util.List;

import io.readyroom.endtoend.JsonHttp.JsonResponse;
import io.readyroom.local.ReadyroomService;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Answers a question as a learner who prepared part of it: the rubric's own example
 * sentences for its first key points, none for the rest. The feedback then has key points
 * covered, with the learner's words as evidence, and key points missed.
 */
final class RubricAnswers {

	private final WebPlatform platform;

	private final JsonHttp staff;

	/**
	 * @param staff a user who may read the question's rubric
	 */
	RubricAnswers(WebPlatform platform, String staff) {
		this.platform = platform;
		this.staff = platform.apiAs(staff);
	}

	/**
	 * @param share how much of the rubric the answer covers, from 0 to 1
	 */
	String covering(String questionId, double share) {
		JsonResponse question = this.staff
			.get(this.platform.service(ReadyroomService.SESSION, "/api/questions/" + questionId));
		assertThat(question.status()).as(question.body().toString()).isEqualTo(200);
		JsonNode criteria = question.body().path("content").path("rubric").path("criteria");
		int covered = Math.max(1, (int) Math.round(criteria.size() * share));
		List<String> sentences = new ArrayList<>();
		for (int i = 0; i < covered; i++) {
			sentences.add(criteria.get(i).path("exemplars").get(0).asString());
		}
		return String.join(" ", sentences);
	}

}
