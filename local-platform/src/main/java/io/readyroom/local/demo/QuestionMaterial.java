package io.readyroom.local.demo;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;

/**
 * What a simulated learner draws an answer from: a question version's model answer,
 * sentence by sentence, and its rubric criteria's exemplars, plus the competencies it
 * assesses, which decide how well this learner knows it.
 *
 * @param questionId the question
 * @param competencies competency to weight, the weights summing to 1
 * @param modelSentences the model answer's sentences, in order
 * @param exemplars one or more exemplar sentences per criterion
 */
record QuestionMaterial(String questionId, Map<String, Double> competencies, List<String> modelSentences,
		List<String> exemplars) {

	QuestionMaterial {
		competencies = Map.copyOf(competencies);
		modelSentences = List.copyOf(modelSentences);
		exemplars = List.copyOf(exemplars);
	}

	/**
	 * @param version a question version as session-service serves it to staff ({@code GET
	 * /api/questions/{id}/versions/{version}})
	 */
	static QuestionMaterial of(JsonNode version) {
		JsonNode content = version.path("content");
		Map<String, Double> competencies = new LinkedHashMap<>();
		content.path("competencies")
			.forEach((weight) -> competencies.put(weight.path("competency").asString(""),
					weight.path("weight").asDouble(0)));
		List<String> exemplars = new ArrayList<>();
		content.path("rubric")
			.path("criteria")
			.forEach((criterion) -> criterion.path("exemplars")
				.forEach((exemplar) -> exemplars.add(exemplar.asString(""))));
		return new QuestionMaterial(version.path("questionId").asString(""), competencies,
				Sentences.of(content.path("modelAnswer").asString("")),
				exemplars.stream().filter((exemplar) -> !exemplar.isBlank()).toList());
	}

}
