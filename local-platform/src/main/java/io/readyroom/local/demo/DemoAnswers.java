package io.readyroom.local.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;

import tools.jackson.core.type.TypeReference;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The answers the demo's learners give, from {@value #RESOURCE}: written for the demo,
 * per question one or more at each {@link AnswerLevel}. A learner answers the question a
 * session asks with one of them, so what the pages show reads like real answers.
 */
final class DemoAnswers {

	static final String RESOURCE = "demo/answers.yaml";

	private static final TypeReference<Map<String, Map<String, List<String>>>> FILE = new TypeReference<>() {
	};

	private final Map<String, Map<AnswerLevel, List<String>>> byQuestion;

	DemoAnswers(Map<String, Map<AnswerLevel, List<String>>> byQuestion) {
		this.byQuestion = Map.copyOf(byQuestion);
	}

	/**
	 * @throws IllegalStateException when the file is missing or names a level that does
	 * not exist
	 */
	static DemoAnswers load() {
		try (InputStream in = DemoAnswers.class.getClassLoader().getResourceAsStream(RESOURCE)) {
			if (in == null) {
				throw new IllegalStateException(RESOURCE + " is missing from the classpath");
			}
			Map<String, Map<AnswerLevel, List<String>>> byQuestion = new TreeMap<>();
			new YAMLMapper().readValue(in, FILE)
				.forEach((questionId, levels) -> byQuestion.put(questionId, levelsOf(questionId, levels)));
			return new DemoAnswers(byQuestion);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + RESOURCE, ex);
		}
	}

	private static Map<AnswerLevel, List<String>> levelsOf(String questionId, Map<String, List<String>> levels) {
		Map<AnswerLevel, List<String>> answers = new EnumMap<>(AnswerLevel.class);
		levels.forEach((key, texts) -> answers.put(levelNamed(questionId, key), List.copyOf(texts)));
		return answers;
	}

	private static AnswerLevel levelNamed(String questionId, String key) {
		return Arrays.stream(AnswerLevel.values())
			.filter((level) -> level.key().equals(key))
			.findFirst()
			.orElseThrow(
					() -> new IllegalStateException(RESOURCE + ": question '" + questionId + "' has answers at level '"
							+ key + "', which is none of " + Arrays.toString(AnswerLevel.values())));
	}

	Set<String> questionIds() {
		return this.byQuestion.keySet();
	}

	/** Whether the question has answers at every level a learner may need. */
	boolean covers(String questionId) {
		return AnswerLevel.OF_EVERY_QUESTION.stream().noneMatch((level) -> at(questionId, level).isEmpty());
	}

	/** The question's answers at the level; empty when it has none. */
	List<String> at(String questionId, AnswerLevel level) {
		return this.byQuestion.getOrDefault(questionId, Map.of()).getOrDefault(level, List.of());
	}

	/**
	 * The level a learner's answer to the question takes: the one asked for, or weak for
	 * an unsafe answer to a question without unsafe answers.
	 */
	AnswerLevel available(String questionId, AnswerLevel level) {
		return (level == AnswerLevel.UNSAFE && at(questionId, level).isEmpty()) ? AnswerLevel.WEAK : level;
	}

	/**
	 * One of the question's answers at the level.
	 * @throws IllegalStateException when the question has none
	 */
	String pick(String questionId, AnswerLevel level, Random random) {
		List<String> answers = at(questionId, level);
		if (answers.isEmpty()) {
			throw new IllegalStateException(
					"the demo has no " + level.key() + " answer to question '" + questionId + "' in " + RESOURCE);
		}
		return answers.get(random.nextInt(answers.size())).strip();
	}

}
