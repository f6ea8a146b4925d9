package io.readyroom.local.load;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

/**
 * Realistic answers to the bank's questions, strong to weak: the ones written for the
 * demo ({@code demo/answers.yaml} in the launcher), so the scorer does its real work on
 * every answer of the load.
 */
final class AnswerTexts {

	private static final String RESOURCE = "demo/answers.yaml";

	private static final String ANY_QUESTION = """
			First I verify the requester's identity and authority, checking photo ID and the signed \
			authorization form against the patient's record. I release only what the authorization \
			covers and document the disclosure in the accounting of disclosures log.""";

	private final Map<String, List<String>> byQuestion;

	private AnswerTexts(Map<String, List<String>> byQuestion) {
		this.byQuestion = byQuestion;
	}

	static AnswerTexts load() {
		try (InputStream in = AnswerTexts.class.getClassLoader().getResourceAsStream(RESOURCE)) {
			if (in == null) {
				throw new IllegalStateException(RESOURCE + " is missing from the launcher's jar");
			}
			Map<String, Map<String, List<String>>> file = new YAMLMapper().readValue(in, new TypeReference<>() {
			});
			Map<String, List<String>> byQuestion = new java.util.HashMap<>();
			file.forEach((questionId, levels) -> {
				List<String> texts = new ArrayList<>();
				levels.values().forEach(texts::addAll);
				byQuestion.put(questionId, List.copyOf(texts));
			});
			return new AnswerTexts(Map.copyOf(byQuestion));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * One of the question's answers at random; a generic one for a question the demo
	 * never asks.
	 */
	String anyAnswerTo(String questionId) {
		List<String> texts = this.byQuestion.getOrDefault(questionId, List.of(ANY_QUESTION));
		return texts.get(ThreadLocalRandom.current().nextInt(texts.size()));
	}

}
