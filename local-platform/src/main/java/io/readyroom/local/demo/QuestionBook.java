package io.readyroom.local.demo;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import tools.jackson.databind.JsonNode;

/**
 * The bank's listing as the program's director reads it from session-service: per role
 * track its questions and the competencies each assesses, which decide how well a learner
 * knows it. Each role track is read once.
 */
final class QuestionBook {

	private final ServiceClient sessions;

	private final String directorToken;

	private final Map<String, Map<String, Map<String, Double>>> competenciesByTrack = new HashMap<>();

	QuestionBook(ServiceClient sessions, String directorToken) {
		this.sessions = sessions;
		this.directorToken = directorToken;
	}

	/** The role track's question ids; empty when it has none. */
	Set<String> questionIds(String roleTrack) {
		return questionsOf(roleTrack).keySet();
	}

	/**
	 * @return what the question assesses, competency to weight; empty for a question the
	 * role track's listing did not name
	 */
	Map<String, Double> competencies(String roleTrack, String questionId) {
		return questionsOf(roleTrack).getOrDefault(questionId, Map.of());
	}

	private Map<String, Map<String, Double>> questionsOf(String roleTrack) {
		return this.competenciesByTrack.computeIfAbsent(roleTrack, this::read);
	}

	private Map<String, Map<String, Double>> read(String roleTrack) {
		JsonNode questions = this.sessions.get(
				"/api/questions?roleTrack=" + URLEncoder.encode(roleTrack, StandardCharsets.UTF_8), this.directorToken);
		Map<String, Map<String, Double>> competencies = new LinkedHashMap<>();
		questions.forEach((question) -> {
			Map<String, Double> weights = new LinkedHashMap<>();
			question.path("competencies")
				.forEach((weight) -> weights.put(weight.path("competency").asString(""),
						weight.path("weight").asDouble(0)));
			competencies.put(question.path("questionId").asString(""), Map.copyOf(weights));
		});
		return Map.copyOf(competencies);
	}

}
