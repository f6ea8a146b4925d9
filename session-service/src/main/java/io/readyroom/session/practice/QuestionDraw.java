package io.readyroom.session.practice;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import io.readyroom.contracts.Difficulty;
import io.readyroom.contracts.QuestionType;
import io.readyroom.session.bank.QuestionVersion;

/**
 * Chooses a session's questions from the candidates of its role track. Draws are seeded,
 * so a session's plan can be reproduced.
 */
final class QuestionDraw {

	/**
	 * A realistic interview: mostly behavioral and technical questions, some situational.
	 */
	private static final Map<QuestionType, Double> INTERVIEW_MIX = mix();

	private QuestionDraw() {
	}

	/**
	 * Questions in a realistic mix of types (about 40% behavioral, 40% technical, 20%
	 * situational), topped up from the other types where one runs short, opening with a
	 * behavioral question as interviews do.
	 */
	static List<QuestionVersion> mockInterview(List<QuestionVersion> candidates, int count, long seed) {
		Map<QuestionType, List<QuestionVersion>> byType = shuffledByType(candidates, new Random(seed));
		List<QuestionVersion> drawn = new ArrayList<>();
		INTERVIEW_MIX.forEach((type, share) -> take(byType.get(type),
				Math.min((int) Math.round(share * count), count - drawn.size()), drawn));
		byType.values().forEach((rest) -> take(rest, count - drawn.size(), drawn));
		drawn.sort((a, b) -> Integer.compare(a.questionType().ordinal(), b.questionType().ordinal()));
		return interleave(drawn);
	}

	/**
	 * Questions of the chosen types and difficulties (all when none are chosen), in
	 * random order.
	 */
	static List<QuestionVersion> practiceSet(List<QuestionVersion> candidates, Set<QuestionType> types,
			Set<Difficulty> difficulties, int count, long seed) {
		List<QuestionVersion> matching = new ArrayList<>(candidates.stream()
			.filter((question) -> types.isEmpty() || types.contains(question.questionType()))
			.filter((question) -> difficulties.isEmpty() || difficulties.contains(question.difficulty()))
			.toList());
		Collections.shuffle(matching, new Random(seed));
		return matching.subList(0, Math.min(count, matching.size()));
	}

	private static Map<QuestionType, List<QuestionVersion>> shuffledByType(List<QuestionVersion> candidates,
			Random random) {
		Map<QuestionType, List<QuestionVersion>> byType = new EnumMap<>(QuestionType.class);
		for (QuestionType type : QuestionType.values()) {
			List<QuestionVersion> ofType = new ArrayList<>(
					candidates.stream().filter((question) -> question.questionType() == type).toList());
			Collections.shuffle(ofType, random);
			byType.put(type, ofType);
		}
		return byType;
	}

	private static void take(List<QuestionVersion> from, int wanted, List<QuestionVersion> into) {
		for (int i = 0; i < wanted && !from.isEmpty(); i++) {
			into.add(from.remove(0));
		}
	}

	/**
	 * Alternates types (behavioral, technical, situational, behavioral, ...) while they
	 * last.
	 */
	private static List<QuestionVersion> interleave(List<QuestionVersion> sortedByType) {
		Map<QuestionType, List<QuestionVersion>> queues = new LinkedHashMap<>();
		sortedByType.forEach((question) -> queues.computeIfAbsent(question.questionType(), (type) -> new ArrayList<>())
			.add(question));
		List<QuestionVersion> order = new ArrayList<>();
		while (order.size() < sortedByType.size()) {
			queues.values().forEach((queue) -> take(queue, 1, order));
		}
		return order;
	}

	private static Map<QuestionType, Double> mix() {
		Map<QuestionType, Double> mix = new EnumMap<>(QuestionType.class);
		mix.put(QuestionType.BEHAVIORAL, 0.4);
		mix.put(QuestionType.TECHNICAL, 0.4);
		mix.put(QuestionType.SITUATIONAL, 0.2);
		return mix;
	}

}
