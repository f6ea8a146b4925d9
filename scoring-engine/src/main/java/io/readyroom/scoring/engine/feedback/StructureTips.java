package io.readyroom.scoring.engine.feedback;

import java.util.List;
import java.util.stream.Collectors;

import io.readyroom.scoring.engine.structure.StarComponent;

/**
 * Picks the one structure tip that would help this answer most: form first (sentences,
 * length), then the rubric's shape (STAR, step order), then specificity.
 */
final class StructureTips {

	String choose(FeedbackInput input) {
		if (input.flags().keywordStuffing()) {
			return "Answer in full sentences: for each term you listed, say what you did or would do with it.";
		}
		if (input.flags().offTopic()) {
			return "Answer the question that was asked: restate it in your first sentence, then address it.";
		}
		if (input.flags().tooShort()) {
			return "Develop your answer: give the key points with one concrete example for each.";
		}
		if (input.star().applies() && !input.star().missing().isEmpty()) {
			List<StarComponent> missing = input.star().missing();
			return "Tell it as a STAR story; add "
					+ missing.stream().map(StarComponent::explanation).collect(Collectors.joining("; ")) + ".";
		}
		if (input.steps().applies() && !input.steps().inOrder()) {
			return "Walk through the steps in the order you would do them; "
					+ String.join(", ", input.steps().outOfOrder()) + " came too late or too early.";
		}
		if (input.specificity().details().isEmpty()) {
			return "Anchor your answer in one concrete detail: a standard, a system you used, or a number.";
		}
		return "Lead with your main point in one sentence, then back it with the detail you gave.";
	}

}
