package io.readyroom.scoring.engine.structure;

/** The four parts of a behavioral answer, in the order a story tells them. */
public enum StarComponent {

	SITUATION("the situation: where and when it happened"), TASK("your task: what you were responsible for"),
	ACTION("your actions: what you did, in the first person"),
	RESULT("the result: what changed, ideally with a number");

	private final String explanation;

	StarComponent(String explanation) {
		this.explanation = explanation;
	}

	public String explanation() {
		return this.explanation;
	}

}
