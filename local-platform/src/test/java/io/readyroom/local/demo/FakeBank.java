package io.readyroom.local.demo;

import java.util.List;
import java.util.Map;

/**
 * Three questions as session-service lists them to staff: two of the main role track,
 * which the demo has written answers to, and one of another track, which it has none to.
 */
final class FakeBank {

	static final String MAIN_TRACK = "health-information-technician";

	/** Its question has no answers in the demo's answers file. */
	static final String OTHER_TRACK = "healthcare-data-analyst";

	/** In the competency model, but no question assesses it. */
	static final String EMPTY_TRACK = "coding-specialist";

	static final List<String> QUESTION_IDS = List.of("hit-roi-process", "hit-delinquent-documentation", "hda-sql-join");

	private static final Map<String, String> TYPES = Map.of("hit-roi-process", "situational",
			"hit-delinquent-documentation", "situational", "hda-sql-join", "technical");

	private FakeBank() {
	}

	static String competencyModel() {
		return """
				{"competencies":[],"roleTracks":[{"id":"%s","name":"HIT"},{"id":"%s","name":"Analyst"},\
				{"id":"%s","name":"Coding"}]}""".formatted(MAIN_TRACK, OTHER_TRACK, EMPTY_TRACK);
	}

	static List<String> questionsOf(String roleTrack) {
		return switch (roleTrack) {
			case MAIN_TRACK -> List.of("hit-roi-process", "hit-delinquent-documentation");
			case OTHER_TRACK -> List.of("hda-sql-join");
			default -> List.of();
		};
	}

	static String listing(String roleTrack) {
		return questionsOf(roleTrack).stream()
			.map((id) -> """
					{"questionId":"%s","version":1,"programId":null,"text":"Question %s?","type":"%s",\
					"difficulty":"intermediate","roleTracks":["%s"],\
					"competencies":[{"competency":"release-of-information","weight":0.7},\
					{"competency":"attention-to-detail","weight":0.3}]}""".formatted(id, id, TYPES.get(id), roleTrack))
			.reduce((a, b) -> a + "," + b)
			.map((items) -> "[" + items + "]")
			.orElse("[]");
	}

	static String text(String questionId) {
		return "Question " + questionId + "?";
	}

	static String type(String questionId) {
		return TYPES.get(questionId);
	}

}
