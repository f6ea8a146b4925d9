package io.readyroom.scoring.engine.text;

/**
 * A sentence of a text: its offsets and the range of its tokens ({@code firstToken}
 * inclusive, {@code endToken} exclusive).
 */
public record Sentence(int index, int start, int end, String text, int firstToken, int endToken) {

	public int tokenCount() {
		return this.endToken - this.firstToken;
	}

}
