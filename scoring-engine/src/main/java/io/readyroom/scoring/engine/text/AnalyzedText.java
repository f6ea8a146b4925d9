package io.readyroom.scoring.engine.text;

import java.util.List;

/** A text cut into sentences and tokens; offsets point into {@link #text()}. */
public record AnalyzedText(String text, List<Sentence> sentences, List<Token> tokens) {

	public AnalyzedText {
		sentences = List.copyOf(sentences);
		tokens = List.copyOf(tokens);
	}

	public List<Token> tokensOf(Sentence sentence) {
		return this.tokens.subList(sentence.firstToken(), sentence.endToken());
	}

	public List<Token> contentTokens() {
		return this.tokens.stream().filter(Token::isContent).toList();
	}

	public int wordCount() {
		return this.tokens.size();
	}

}
