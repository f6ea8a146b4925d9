package io.readyroom.scoring.engine.structure;

import java.util.Locale;
import java.util.regex.Pattern;

import io.readyroom.contracts.RubricStructure;

/**
 * Whether a question calls for a story told in STAR parts. A STAR rubric always does; a
 * rubric without a set structure does when the question asks for an experience ("Tell me
 * about a time ...", "Have you ever ..."), and not when it asks what the candidate knows,
 * thinks or would ask ("What do you know about this organization?").
 */
public final class StoryQuestion {

	private static final Pattern ASKS_FOR_EXPERIENCE = Pattern.compile("\\b(a time (when|where|that|you)|"
			+ "(tell|talk to) (me|us) about (a|an|one) (situation|occasion|instance|incident|project|mistake|"
			+ "challenge|conflict|experience)|(describe|walk (me|us) through|recall|think of) (a|an|one) (situation|"
			+ "occasion|instance|moment|incident|project|mistake|challenge|conflict)|(give|share|provide) (me |us )?"
			+ "(a|an|one) (example|story|instance)|have you ever|(what|how) did you|(proudest|biggest|hardest|"
			+ "toughest|most difficult) (accomplishment|achievement|mistake|failure|challenge|project|decision|"
			+ "conflict))\\b");

	private StoryQuestion() {
	}

	public static boolean callsForStory(RubricStructure structure, String questionText) {
		return switch (structure) {
			case STAR -> true;
			case ORDERED_STEPS -> false;
			case FREE -> ASKS_FOR_EXPERIENCE.matcher(questionText.toLowerCase(Locale.ROOT)).find();
		};
	}

}
