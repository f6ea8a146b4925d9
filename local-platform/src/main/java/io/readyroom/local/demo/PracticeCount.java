package io.readyroom.local.demo;

/**
 * Sessions started and answers submitted so far; what a learner who fails half-way did is
 * counted too, since it reached the pipeline.
 */
final class PracticeCount {

	private int sessions;

	private int answers;

	void sessionStarted() {
		this.sessions++;
	}

	void answerSubmitted() {
		this.answers++;
	}

	void add(PracticeCount other) {
		this.sessions += other.sessions;
		this.answers += other.answers;
	}

	int sessions() {
		return this.sessions;
	}

	int answers() {
		return this.answers;
	}

}
