package io.readyroom.scoring.engine.validity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import io.readyroom.scoring.engine.meaning.SentenceEmbedder;

/**
 * The labelled training answers of each question, used like a rubric's exemplars: an
 * answer close to answers graders called correct is likely correct. Only the training
 * split is ever put in the bank; a training answer is never compared with itself.
 */
final class AnswerBank {

	static final List<String> FEATURES = List.of("closest correct answer", "closest incorrect answer",
			"share correct among 5 nearest", "share contradictory among 5 nearest", "word overlap with correct",
			"word overlap with incorrect");

	private static final int NEIGHBOURS = 5;

	private final Map<String, List<ScoredAnswer>> byQuestion;

	AnswerBank(List<ScoredAnswer> training) {
		this.byQuestion = training.stream().collect(Collectors.groupingBy(ScoredAnswer::questionId));
	}

	double[] features(ScoredAnswer answer) {
		List<ScoredAnswer> others = new ArrayList<>(this.byQuestion.getOrDefault(answer.questionId(), List.of()));
		others.removeIf((o) -> o.answer().id().equals(answer.answer().id()));
		double bestCorrect = 0;
		double bestIncorrect = 0;
		double overlapCorrect = 0;
		double overlapIncorrect = 0;
		for (ScoredAnswer other : others) {
			double similarity = SentenceEmbedder.similarity(answer.vector(), other.vector());
			double overlap = jaccard(answer.concepts(), other.concepts());
			if (isCorrect(other)) {
				bestCorrect = Math.max(bestCorrect, similarity);
				overlapCorrect = Math.max(overlapCorrect, overlap);
			}
			else {
				bestIncorrect = Math.max(bestIncorrect, similarity);
				overlapIncorrect = Math.max(overlapIncorrect, overlap);
			}
		}
		List<ScoredAnswer> nearest = others.stream()
			.sorted(Comparator
				.comparingDouble((ScoredAnswer o) -> -SentenceEmbedder.similarity(answer.vector(), o.vector()))
				.thenComparing((o) -> o.answer().id()))
			.limit(NEIGHBOURS)
			.toList();
		double correct = nearest.stream().filter(AnswerBank::isCorrect).count() / (double) Math.max(1, nearest.size());
		double contradictory = nearest.stream().filter((o) -> o.answer().threeWay().equals("contradictory")).count()
				/ (double) Math.max(1, nearest.size());
		return new double[] { bestCorrect, bestIncorrect, correct, contradictory, overlapCorrect, overlapIncorrect };
	}

	private static boolean isCorrect(ScoredAnswer answer) {
		return answer.answer().twoWay().equals("correct");
	}

	private static double jaccard(Set<String> a, Set<String> b) {
		if (a.isEmpty() && b.isEmpty()) {
			return 0;
		}
		Set<String> union = new HashSet<>(a);
		union.addAll(b);
		Set<String> shared = new HashSet<>(a);
		shared.retainAll(b);
		return (double) shared.size() / union.size();
	}

}
