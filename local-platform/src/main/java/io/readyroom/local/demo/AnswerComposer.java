package io.readyroom.local.demo;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Writes a simulated learner's answer to a question at a given skill (0 to 1). A strong
 * learner tells most of the model answer, now and then in their own words; a weak one
 * recalls a sentence or two, pads them with vague filler and sometimes misses the point
 * altogether. Deterministic for the same random sequence.
 */
final class AnswerComposer {

	/** session-service refuses longer answers. */
	static final int MAX_LENGTH = 10_000;

	private static final List<String> VAGUE = List.of("I would handle it carefully and follow the policy.",
			"I think it is important to do things the right way.",
			"If I was not sure, I would ask my supervisor what to do.",
			"Communication is really important in situations like this.",
			"I always try to do my best and pay attention to the details.",
			"It depends on the situation, but I would stay professional.");

	// nothing in them trips a red flag: missing the point is the learner's only mistake
	private static final List<String> OFF_TOPIC = List.of(
			"In my last job I mostly answered phones and scheduled appointments.",
			"I enjoy working with people and I learn new software quickly.",
			"My greatest strength is that I am very organized.",
			"I have always wanted to work in healthcare because my family works in hospitals.",
			"I am good at multitasking and I stay calm when things get busy.");

	private static final double REWORDING = 0.2;

	String compose(QuestionMaterial question, double skill, Random random) {
		if (random.nextDouble() < offTopicChance(skill)) {
			return fitted(pick(OFF_TOPIC, 2 + random.nextInt(2), random));
		}
		List<String> sentences = recalled(question, skill, random);
		if (sentences.isEmpty()) {
			sentences.addAll(pick(onTopicPool(question), 1, random));
		}
		addFiller(sentences, skill, random);
		return fitted(sentences);
	}

	/**
	 * The model answer's sentences the learner remembers, in order; a forgotten one is
	 * sometimes made up for with a criterion's exemplar.
	 */
	private static List<String> recalled(QuestionMaterial question, double skill, Random random) {
		Set<String> sentences = new LinkedHashSet<>();
		for (String sentence : question.modelSentences()) {
			if (random.nextDouble() < skill) {
				sentences.add((random.nextDouble() < REWORDING) ? Rewording.of(sentence, random) : sentence);
			}
			else if (!question.exemplars().isEmpty() && random.nextDouble() < skill / 3) {
				sentences.add(question.exemplars().get(random.nextInt(question.exemplars().size())));
			}
		}
		return new ArrayList<>(sentences);
	}

	private static void addFiller(List<String> sentences, double skill, Random random) {
		int filler = (skill < 0.4) ? 1 + random.nextInt(2) : (random.nextDouble() < 0.7 - skill) ? 1 : 0;
		for (String vague : pick(VAGUE, filler, random)) {
			sentences.add(random.nextBoolean() ? 0 : sentences.size(), vague);
		}
	}

	private static double offTopicChance(double skill) {
		return Math.max(0, 0.35 - skill);
	}

	private static List<String> onTopicPool(QuestionMaterial question) {
		return question.modelSentences().isEmpty() ? question.exemplars() : question.modelSentences();
	}

	private static List<String> pick(List<String> from, int count, Random random) {
		List<String> pool = new ArrayList<>(from);
		List<String> picked = new ArrayList<>();
		while (picked.size() < count && !pool.isEmpty()) {
			picked.add(pool.remove(random.nextInt(pool.size())));
		}
		return picked;
	}

	/** The sentences that fit in an answer, whole; a single overlong one is cut. */
	private static String fitted(List<String> sentences) {
		StringBuilder answer = new StringBuilder();
		for (String sentence : sentences) {
			int separator = answer.isEmpty() ? 0 : 1;
			if (answer.length() + separator + sentence.length() > MAX_LENGTH) {
				break;
			}
			answer.append((separator == 0) ? "" : " ").append(sentence);
		}
		if (answer.isEmpty() && !sentences.isEmpty()) {
			return sentences.get(0).substring(0, Math.min(MAX_LENGTH, sentences.get(0).length()));
		}
		return answer.isEmpty() ? VAGUE.get(0) : answer.toString();
	}

}
