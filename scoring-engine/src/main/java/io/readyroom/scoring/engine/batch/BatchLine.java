package io.readyroom.scoring.engine.batch;

import java.util.ArrayList;
import java.util.List;

import io.readyroom.scoring.engine.ScorableQuestion;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * One parsed input line: {@code {"id", "answer", "questionId"}} for a bank question, or
 * {@code {"id", "answer", "question", "referenceAnswer", "keyPoints"?}} for an inline
 * one.
 */
record BatchLine(String id, String answer, ScorableQuestion question) {

	private static final List<String> FIELDS = List.of("id", "answer", "questionId", "question", "referenceAnswer",
			"keyPoints");

	static BatchLine parse(String json, ObjectMapper mapper, QuestionResolver resolver) {
		JsonNode node;
		try {
			node = mapper.readTree(json);
		}
		catch (JacksonException ex) {
			throw new BadLineException("not valid JSON: " + ex.getOriginalMessage());
		}
		if (node == null || !node.isObject()) {
			throw new BadLineException("expected a JSON object");
		}
		rejectUnknownFields(node);
		String id = requiredText(node, "id");
		String answer = requiredText(node, "answer");
		if (node.has("questionId")) {
			String questionId = requiredText(node, "questionId");
			return new BatchLine(id, answer, resolver.find(questionId)
				.orElseThrow(() -> new BadLineException("unknown questionId \"" + questionId + "\"")));
		}
		if (!node.has("question")) {
			throw new BadLineException("needs \"questionId\", or \"question\" with \"referenceAnswer\"");
		}
		return new BatchLine(id, answer, ScorableQuestion.inline(requiredText(node, "question"),
				requiredText(node, "referenceAnswer"), keyPoints(node)));
	}

	/**
	 * A misspelt field ("refrenceAnswer") would otherwise be ignored and the line scored
	 * against something else than meant.
	 */
	private static void rejectUnknownFields(JsonNode node) {
		for (String field : node.propertyNames()) {
			if (!FIELDS.contains(field)) {
				throw new BadLineException("unknown field \"" + field + "\"; a line has " + String.join(", ", FIELDS));
			}
		}
	}

	private static String requiredText(JsonNode node, String field) {
		JsonNode value = node.get(field);
		if (value == null || !value.isString() || value.stringValue().isBlank()) {
			throw new BadLineException("\"" + field + "\" must be a non-empty string");
		}
		return value.stringValue();
	}

	private static List<String> keyPoints(JsonNode node) {
		JsonNode value = node.get("keyPoints");
		if (value == null || value.isNull()) {
			return List.of();
		}
		if (!value.isArray()) {
			throw new BadLineException("\"keyPoints\" must be an array of strings");
		}
		List<String> keyPoints = new ArrayList<>();
		for (JsonNode point : value) {
			if (!point.isString() || point.stringValue().isBlank()) {
				throw new BadLineException("\"keyPoints\" must be an array of non-empty strings");
			}
			keyPoints.add(point.stringValue());
		}
		return keyPoints;
	}

}
