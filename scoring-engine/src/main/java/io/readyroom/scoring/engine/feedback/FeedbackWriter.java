package io.readyroom.scoring.engine.feedback;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.readyroom.contracts.RubricCriterion;
import io.readyroom.contracts.Verdict;
import io.readyroom.scoring.engine.criteria.CriterionOutcome;
import io.readyroom.scoring.engine.structure.SpecificDetail;
import io.readyroom.scoring.engine.structure.StarComponent;

/**
 * Writes feedback from the rubric's own key-point descriptions, never from its exemplars
 * or the model answer: a hint should send the learner looking, not hand over the answer.
 */
public final class FeedbackWriter {

	private static final int MAX_QUOTE = 90;

	private static final int SPECIFICS_WORTH_PRAISE = 2;

	public Feedback write(FeedbackInput input) {
		return new Feedback(strengths(input), hints(input), new StructureTips().choose(input));
	}

	private static List<String> strengths(FeedbackInput input) {
		List<String> strengths = new ArrayList<>();
		for (int i = 0; i < input.criteria().size(); i++) {
			CriterionOutcome outcome = input.outcomes().get(i);
			if (outcome.verdict() == Verdict.MET) {
				strengths.add("You covered: " + lowerFirst(input.criteria().get(i).description()) + " (\""
						+ quote(outcome.evidence()) + "\").");
			}
		}
		List<String> named = input.specificity()
			.details()
			.stream()
			.map(SpecificDetail::text)
			.distinct()
			.limit(4)
			.toList();
		if (named.size() >= SPECIFICS_WORTH_PRAISE) {
			strengths.add("You were specific: " + String.join(", ", named) + ".");
		}
		if (input.star().applies() && input.star().missing().isEmpty()) {
			strengths.add("Your story has all four STAR parts: situation, task, action and result.");
		}
		return strengths;
	}

	private static List<String> hints(FeedbackInput input) {
		List<String> hints = new ArrayList<>();
		AnswerShape shape = AnswerShape.of(input);
		for (int i = 0; i < input.criteria().size(); i++) {
			RubricCriterion criterion = input.criteria().get(i);
			CriterionOutcome outcome = input.outcomes().get(i);
			if (outcome.verdict() == Verdict.MISSED) {
				hints.add("Add this key point: " + lowerFirst(criterion.description()) + ". " + shape.missedKeyPoint());
			}
			else if (outcome.verdict() == Verdict.PARTIAL) {
				hints.add("Go further on: " + lowerFirst(criterion.description()) + ". You touched on it in \""
						+ quote(outcome.evidence()) + "\"; make it explicit.");
			}
		}
		if (input.star().applies()) {
			for (StarComponent component : input.star().missing()) {
				hints.add("Your story is missing " + component.explanation() + ".");
			}
		}
		return hints;
	}

	static String quote(String evidence) {
		return (evidence.length() <= MAX_QUOTE) ? evidence : evidence.substring(0, MAX_QUOTE - 1).trim() + "…";
	}

	static String lowerFirst(String text) {
		if (text.length() > 1 && Character.isUpperCase(text.charAt(0)) && !Character.isUpperCase(text.charAt(1))) {
			text = text.substring(0, 1).toLowerCase(Locale.ROOT) + text.substring(1);
		}
		return text.endsWith(".") ? text.substring(0, text.length() - 1) : text;
	}

}
