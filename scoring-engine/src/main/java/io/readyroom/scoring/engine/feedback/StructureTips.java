package io.readyroom.scoring.engine.feedback;

import java.util.List;
import java.util.stream.Collectors;

import io.readyroom.scoring.engine.structure.StarComponent;

/**
 * Picks the one structure tip that would help this answer most: form first (sentences,
 * length), then the rubric's shape (STAR, step order), then specificity; worded for the
 * shape of answer the question calls for.
 */
final class StructureTips {

	String choose(FeedbackInput input) {
		AnswerShape shape = AnswerShape.of(input);
		if (input.flags().notEnglish()) {
			return "Answer in English: the key points are written in English, so an answer in another language "
					+ "cannot be matched to them.";
		}
		if (input.flags().keywordStuffing()) {
			return "Answer in full sentences: " + shape.insteadOfAList();
		}
		if (input.flags().offTopic()) {
			return "Answer the question that was asked: restate it in your first sentence, then address it.";
		}
		if (input.flags().tooShort()) {
			return shape.develop();
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
			return shape.anchor();
		}
		return shape.polish();
	}

}
