package io.readyroom.local.demo;

import java.util.EnumMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Sessions started and answers submitted so far, the answers by level; what a learner who
 * fails half-way did is counted too, since it reached the pipeline.
 */
final class PracticeCount {

	private int sessions;

	private final Map<AnswerLevel, Integer> answers = new EnumMap<>(AnswerLevel.class);

	void sessionStarted() {
		this.sessions++;
	}

	void answerSubmitted(AnswerLevel level) {
		this.answers.merge(level, 1, Integer::sum);
	}

	void add(PracticeCount other) {
		this.sessions += other.sessions;
		other.answers.forEach((level, count) -> this.answers.merge(level, count, Integer::sum));
	}

	int sessions() {
		return this.sessions;
	}

	int answers() {
		return this.answers.values().stream().mapToInt(Integer::intValue).sum();
	}

	/** e.g. {@code 12 strong, 20 partial, 6 weak}; empty without answers. */
	String levels() {
		return this.answers.entrySet()
			.stream()
			.map((level) -> level.getValue() + " " + level.getKey().key())
			.collect(Collectors.joining(", "));
	}

}
