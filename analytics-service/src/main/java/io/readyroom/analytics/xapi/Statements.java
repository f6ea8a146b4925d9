package io.readyroom.analytics.xapi;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.readyroom.analytics.activity.PracticeActivity;
import io.readyroom.analytics.bank.BankTexts;
import io.readyroom.analytics.score.ScoredAnswer;

import org.springframework.stereotype.Component;

/**
 * Builds xAPI 1.0.3 statements. The learner is an account agent (the program's account
 * home page and the learner's id); a question and a practice session are activities under
 * {@link XapiProperties#activityBase()}; the session is the statement's registration. A
 * statement's id is derived from what it says, so sending it again, or exporting it,
 * gives the same id and an LRS keeps it once.
 */
@Component
class Statements {

	static final String ANSWERED = "http://adlnet.gov/expapi/verbs/answered";

	static final String COMPLETED = "http://adlnet.gov/expapi/verbs/completed";

	private static final String INTERACTION = "http://adlnet.gov/expapi/activities/cmi.interaction";

	private static final String ASSESSMENT = "http://adlnet.gov/expapi/activities/assessment";

	private final String base;

	Statements(XapiProperties properties) {
		this.base = properties.activityBase();
	}

	/**
	 * The machine's score of an answer, with its competencies, as the learner answered.
	 */
	Map<String, Object> answered(ScoredAnswer answer, String accountHomePage, BankTexts texts) {
		Map<String, Object> definition = definition(INTERACTION);
		definition.put("interactionType", "long-fill-in");
		String text = texts.questionText(answer.questionId());
		if (text != null) {
			definition.put("name", Map.of("en-US", text));
		}
		Map<String, Object> question = activity(this.base + "/questions/" + answer.questionId(), definition);
		Map<String, Object> extensions = extensions(answer.programId(), answer.cohortId());
		extensions.put(this.base + "/extensions/question-version", answer.questionVersion());
		extensions.put(this.base + "/extensions/competencies",
				answer.machineCompetencyScores()
					.stream()
					.map((score) -> Map.of("competency", score.competency(), "score", score.score()))
					.toList());
		Map<String, Object> context = context(answer.sessionId(), extensions);
		context.put("contextActivities", Map.of("parent", List.of(session(answer.sessionId()))));
		Map<String, Object> result = result(answer.machineScore());
		// the answer's id in Readyroom, where its feedback is read; never its text
		result.put("extensions", Map.of(this.base + "/extensions/answer", answer.answerId()));
		return statement(
				id("answered", answer.answerId(), answer.questionVersion(), answer.scorerVersion(),
						answer.machineScore()),
				answer.learnerId(), accountHomePage, verb(ANSWERED, "answered"), question, result, context,
				answer.submittedAt().toString());
	}

	/**
	 * A completed session, scored with the mean score of its scored answers; without a
	 * score when none of them was scored.
	 */
	Map<String, Object> completed(PracticeActivity session, String programId, Double meanScore,
			String accountHomePage) {
		Map<String, Object> result = (meanScore != null) ? result(meanScore) : new LinkedHashMap<>();
		result.put("completion", true);
		Map<String, Object> extensions = extensions(programId, session.cohortId());
		extensions.put(this.base + "/extensions/answered-count", session.answeredCount());
		if (session.roleTrack() != null) {
			extensions.put(this.base + "/extensions/role-track", session.roleTrack());
		}
		return statement(id("completed", session.sessionId()), session.learnerId(), accountHomePage,
				verb(COMPLETED, "completed"), session(session.sessionId()), result,
				context(session.sessionId(), extensions), session.completedAt().toString());
	}

	private static Map<String, Object> statement(String id, String learnerId, String accountHomePage,
			Map<String, Object> verb, Map<String, Object> object, Map<String, Object> result,
			Map<String, Object> context, String timestamp) {
		Map<String, Object> statement = new LinkedHashMap<>();
		statement.put("id", id);
		statement.put("actor",
				Map.of("objectType", "Agent", "account", Map.of("homePage", accountHomePage, "name", learnerId)));
		statement.put("verb", verb);
		statement.put("object", object);
		statement.put("result", result);
		statement.put("context", context);
		statement.put("timestamp", timestamp);
		return statement;
	}

	private Map<String, Object> session(String sessionId) {
		Map<String, Object> definition = definition(ASSESSMENT);
		definition.put("name", Map.of("en-US", "Readyroom practice session"));
		return activity(this.base + "/sessions/" + sessionId, definition);
	}

	private static Map<String, Object> definition(String type) {
		Map<String, Object> definition = new LinkedHashMap<>();
		definition.put("type", type);
		return definition;
	}

	private static Map<String, Object> activity(String id, Map<String, Object> definition) {
		Map<String, Object> activity = new LinkedHashMap<>();
		activity.put("objectType", "Activity");
		activity.put("id", id);
		activity.put("definition", definition);
		return activity;
	}

	private static Map<String, Object> verb(String id, String display) {
		return Map.of("id", id, "display", Map.of("en-US", display));
	}

	private static Map<String, Object> result(double score) {
		Map<String, Object> result = new LinkedHashMap<>();
		result.put("score",
				Map.of("scaled", Math.round(score) / 100.0, "raw", Math.round(score), "min", 0, "max", 100));
		result.put("completion", true);
		return result;
	}

	private Map<String, Object> extensions(String programId, String cohortId) {
		Map<String, Object> extensions = new LinkedHashMap<>();
		extensions.put(this.base + "/extensions/program", programId);
		if (cohortId != null) {
			extensions.put(this.base + "/extensions/cohort", cohortId);
		}
		return extensions;
	}

	private static Map<String, Object> context(String sessionId, Map<String, Object> extensions) {
		Map<String, Object> context = new LinkedHashMap<>();
		context.put("registration", registration(sessionId));
		context.put("extensions", extensions);
		return context;
	}

	/** Session ids are UUIDs; anything else is turned into one, always the same. */
	private static String registration(String sessionId) {
		try {
			return UUID.fromString(sessionId).toString();
		}
		catch (IllegalArgumentException ex) {
			return UUID.nameUUIDFromBytes(sessionId.getBytes(StandardCharsets.UTF_8)).toString();
		}
	}

	static String id(Object... parts) {
		StringBuilder name = new StringBuilder("readyroom-xapi");
		for (Object part : parts) {
			name.append('/').append(part);
		}
		return UUID.nameUUIDFromBytes(name.toString().getBytes(StandardCharsets.UTF_8)).toString();
	}

}
