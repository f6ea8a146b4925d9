package io.readyroom.scoring.engine.feedback;

import io.readyroom.contracts.QuestionType;
import io.readyroom.contracts.RubricStructure;

/**
 * The shape a good answer to the question takes, and how advice is worded for it: a
 * definition question wants an explanation, a hypothetical wants a plan, a story question
 * wants what the learner did.
 */
enum AnswerShape {

	/** An experience told in STAR parts: "Tell me about a time ...". */
	STORY("Show it in your story: say what you did about it.",
			"tell what happened and what you did, rather than listing terms.",
			"Develop your story: say where it happened, what you did, and how it turned out.",
			"Anchor your story in concrete details: how big the place was, how long things took, and what changed, "
					+ "in numbers.",
			"Keep the story tight: a sentence or two of situation, most of it on what you did, and end on the result."),

	/** The steps of a process, in order: "Walk me through ...". */
	PROCESS("Say when in the process you would do it and what it involves.",
			"walk through the steps in order, saying what each one involves.",
			"Develop your answer: walk through each step and say what it involves.",
			"Anchor your steps in one concrete detail: the standard, system or deadline a step depends on.",
			"Name each step as you reach it, then say why it comes at that point."),

	/** A hypothetical: "How would you handle ...?". */
	PLAN("Say what you would do about it, and why.", "say what you would do with each term and why.",
			"Develop your answer: say what you would do first, what next, and why.",
			"Anchor your answer in one concrete detail: the rule, system or deadline that applies.",
			"Lead with what you would do first, then back it with the detail you gave."),

	/** A knowledge check: "What is ...?", "Explain ...". */
	EXPLANATION("Explain it in a sentence or two, with an example.", "say what each term means and where it applies.",
			"Develop your answer: give the key points with one concrete example for each.",
			"Anchor your answer in one concrete detail: a standard, a system you used, or a number.",
			"Lead with your main point in one sentence, then back it with the detail you gave."),

	/**
	 * A conversational question about the candidate or the employer: "What do you know
	 * about this organization?".
	 */
	CONVERSATION("Say it plainly and back it with one concrete example.",
			"say in a sentence what each point means to you.",
			"Develop your answer: make two or three points, each with a concrete example.",
			"Anchor your answer in one concrete detail: a name, a number or a short example.",
			"Lead with your main point in one sentence, then back it with the detail you gave.");

	private final String missedKeyPoint;

	private final String insteadOfAList;

	private final String develop;

	private final String anchor;

	private final String polish;

	AnswerShape(String missedKeyPoint, String insteadOfAList, String develop, String anchor, String polish) {
		this.missedKeyPoint = missedKeyPoint;
		this.insteadOfAList = insteadOfAList;
		this.develop = develop;
		this.anchor = anchor;
		this.polish = polish;
	}

	static AnswerShape of(FeedbackInput input) {
		if (input.star().applies()) {
			return STORY;
		}
		if (input.structure() == RubricStructure.ORDERED_STEPS) {
			return PROCESS;
		}
		return switch (input.questionType()) {
			case SITUATIONAL -> PLAN;
			case TECHNICAL -> EXPLANATION;
			case BEHAVIORAL -> CONVERSATION;
		};
	}

	/** Follows a missed key point: how to bring it into the answer. */
	String missedKeyPoint() {
		return this.missedKeyPoint;
	}

	/** Completes "Answer in full sentences: " for an answer that lists terms. */
	String insteadOfAList() {
		return this.insteadOfAList;
	}

	/** For an answer too short for the question. */
	String develop() {
		return this.develop;
	}

	/** For an answer that names no concrete detail. */
	String anchor() {
		return this.anchor;
	}

	/** For an answer with nothing more pressing to fix. */
	String polish() {
		return this.polish;
	}

}
