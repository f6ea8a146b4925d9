package io.readyroom.scoring.engine.batch;

import java.util.ArrayList;
import java.util.List;

import io.readyroom.scoring.engine.GradedExample;
import io.readyroom.scoring.engine.ScorableQuestion;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * One parsed input line: {@code {"id", "answer", "questionId"}} for a bank question, or
 * {@code {"id", "answer", "question", "referenceAnswer", "keyPoints"?}} for an inline
 * one; either may carry {@code "gradedExamples": [{"answer", "score"}]} to calibrate by.
 */
record BatchLine(String id, String answer, ScorableQuestion question) {

	private static final List<String> FIELDS = List.of("id", "answer", "questionId", "question", "referenceAnswer",
			"keyPoints", "gradedExamples");

	private static final List<String> EXAMPLE_FIELDS = List.of("answer", "score");

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
		List<GradedExample> examples = gradedExamples(node);
		if (node.has("questionId")) {
			String questionId = requiredText(node, "questionId");
			return new BatchLine(id, answer,
					resolver.find(questionId)
						.orElseThrow(() -> new BadLineException("unknown questionId \"" + questionId + "\""))
						.withGradedExamples(examples));
		}
		if (!node.has("question")) {
			throw new BadLineException("needs \"questionId\", or \"question\" with \"referenceAnswer\"");
		}
		return new BatchLine(id, answer,
				ScorableQuestion
					.inline(requiredText(node, "question"), requiredText(node, "referenceAnswer"), keyPoints(node))
					.withGradedExamples(examples));
	}

	/**
	 * A misspelt field ("refrenceAnswer") would otherwise be ignored and the line scored
	 * against something else than meant.
	 */
	private static void rejectUnknownFields(JsonNode node) {
		rejectUnknownFields(node, FIELDS, "a line");
	}

	private static void rejectUnknownFields(JsonNode node, List<String> fields, String what) {
		for (String field : node.propertyNames()) {
			if (!fields.contains(field)) {
				throw new BadLineException(
						"unknown field \"" + field + "\"; " + what + " has " + String.join(", ", fields));
			}
		}
	}

	private static List<GradedExample> gradedExamples(JsonNode node) {
		JsonNode value = node.get("gradedExamples");
		if (value == null || value.isNull()) {
			return List.of();
		}
		if (!value.isArray()) {
			throw new BadLineException("\"gradedExamples\" must be an array of {\"answer\", \"score\"}");
		}
		List<GradedExample> examples = new ArrayList<>();
		for (JsonNode example : value) {
			if (!example.isObject()) {
				throw new BadLineException("\"gradedExamples\" must be an array of {\"answer\", \"score\"}");
			}
			rejectUnknownFields(example, EXAMPLE_FIELDS, "a graded example");
			JsonNode score = example.get("score");
			if (score == null || !score.isIntegralNumber() || score.intValue() < 0 || score.intValue() > 100) {
				throw new BadLineException("a graded example's \"score\" must be a whole number from 0 to 100");
			}
			examples.add(new GradedExample(requiredText(example, "answer"), score.intValue()));
		}
		return examples;
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
