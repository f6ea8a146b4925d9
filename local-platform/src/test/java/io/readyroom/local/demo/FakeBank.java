package io.readyroom.local.demo;

import java.util.List;
import java.util.Map;

/**
 * Three questions as session-service serves them to staff: listing entries and full
 * versions with rubric and model answer.
 */
final class FakeBank {

	static final String MAIN_TRACK = "health-information-technician";

	static final String OTHER_TRACK = "healthcare-data-analyst";

	/** In the competency model, but no question assesses it. */
	static final String EMPTY_TRACK = "coding-specialist";

	static final List<String> QUESTION_IDS = List.of("hit-roi-process", "hit-ehr-downtime", "hda-sql-join");

	private static final Map<String, String> TYPES = Map.of("hit-roi-process", "technical", "hit-ehr-downtime",
			"situational", "hda-sql-join", "technical");

	private static final Map<String, String> MODEL_ANSWERS = Map.of("hit-roi-process",
			"I would first verify the requester's identity and authority. Then I check that the authorization is valid and complete. I release only the minimum necessary information. Finally I log the disclosure in the accounting of disclosures.",
			"hit-ehr-downtime",
			"I would switch the unit to the downtime procedures and paper forms. I make sure the read-only backup is available to clinicians. After recovery we back-enter the paper documentation into the record.",
			"hda-sql-join",
			"An inner join returns only rows that match in both tables. A left join keeps every row of the left table. I check row counts before and after the join to catch duplicates.");

	private FakeBank() {
	}

	static String competencyModel() {
		return """
				{"competencies":[],"roleTracks":[{"id":"%s","name":"HIT"},{"id":"%s","name":"Analyst"},\
				{"id":"%s","name":"Coding"}]}""".formatted(MAIN_TRACK, OTHER_TRACK, EMPTY_TRACK);
	}

	static List<String> questionsOf(String roleTrack) {
		return switch (roleTrack) {
			case MAIN_TRACK -> List.of("hit-roi-process", "hit-ehr-downtime");
			case OTHER_TRACK -> List.of("hda-sql-join");
			default -> List.of();
		};
	}

	static String listing(String roleTrack) {
		return questionsOf(roleTrack).stream()
			.map((id) -> "{\"questionId\":\"%s\",\"version\":1,\"programId\":null,\"text\":\"Question %s?\",\"type\":\"%s\"}"
				.formatted(id, id, TYPES.get(id)))
			.reduce((a, b) -> a + "," + b)
			.map((items) -> "[" + items + "]")
			.orElse("[]");
	}

	static String version(String questionId, int version) {
		return """
				{"id":"%1$s@%2$d","questionId":"%1$s","version":%2$d,"programId":null,"current":true,
				 "content":{"text":"Question %1$s?","questionType":"%3$s","difficulty":"intermediate",
				  "roleTracks":["%4$s"],
				  "competencies":[{"competency":"release-of-information","weight":0.7},
				                  {"competency":"attention-to-detail","weight":0.3}],
				  "intent":"Whether the candidate knows the process.",
				  "rubric":{"structure":"ordered-steps",
				   "criteria":[{"id":"first","description":"Does the first thing","weight":1,
				                "expressions":["first"],"exemplars":["The very first thing I do is check the basics."]},
				               {"id":"last","description":"Does the last thing","weight":1,
				                "expressions":["finally"],"exemplars":["At the end I write down what I did."]}],
				   "redFlags":[]},
				  "modelAnswer":"%5$s"}}""".formatted(questionId, version, TYPES.get(questionId), MAIN_TRACK,
				MODEL_ANSWERS.get(questionId));
	}

	static String modelAnswer(String questionId) {
		return MODEL_ANSWERS.get(questionId);
	}

	static boolean exists(String questionId) {
		return TYPES.containsKey(questionId);
	}

	static String text(String questionId) {
		return "Question " + questionId + "?";
	}

	static String type(String questionId) {
		return TYPES.get(questionId);
	}

}
