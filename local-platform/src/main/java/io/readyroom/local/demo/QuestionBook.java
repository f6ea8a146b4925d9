package io.readyroom.local.demo;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

import tools.jackson.databind.JsonNode;

/**
 * The bank as the program's director reads it from session-service: rubrics and model
 * answers, which learners may not see. Each question version is read once, when a session
 * first asks it.
 */
final class QuestionBook {

	private final ServiceClient sessions;

	private final String directorToken;

	private final Map<String, QuestionMaterial> materials = new HashMap<>();

	private final Map<String, Map<String, Integer>> typeCounts = new HashMap<>();

	QuestionBook(ServiceClient sessions, String directorToken) {
		this.sessions = sessions;
		this.directorToken = directorToken;
	}

	QuestionMaterial material(String questionId, int version) {
		String key = questionId + "@" + version;
		QuestionMaterial material = this.materials.get(key);
		if (material == null) {
			material = QuestionMaterial
				.of(this.sessions.get("/api/questions/" + questionId + "/versions/" + version, this.directorToken));
			this.materials.put(key, material);
		}
		return material;
	}

	/**
	 * @return how many of the role track's questions there are of each type; empty when
	 * it has none
	 */
	Map<String, Integer> typeCounts(String roleTrack) {
		return this.typeCounts.computeIfAbsent(roleTrack, this::countTypes);
	}

	private Map<String, Integer> countTypes(String roleTrack) {
		JsonNode questions = this.sessions.get(
				"/api/questions?roleTrack=" + URLEncoder.encode(roleTrack, StandardCharsets.UTF_8), this.directorToken);
		Map<String, Integer> counts = new TreeMap<>();
		questions.forEach((question) -> counts.merge(question.path("type").asString(""), 1, Integer::sum));
		return counts;
	}

}
