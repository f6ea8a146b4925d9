package io.readyroom.scoring.evaluation;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * How much of one key phrase an answer contains: the most phrase words found close
 * together (within a window a few words longer than the phrase), and where they stand.
 *
 * @param coverage share of the phrase's words found, 0 to 1
 * @param start offset of the first matched word in the answer, or -1
 * @param end offset just after the last matched word, or -1
 */
record PhraseMatch(double coverage, int start, int end) {

	private static final int SLACK = 3;

	static final PhraseMatch NONE = new PhraseMatch(0, -1, -1);

	static PhraseMatch find(List<String> phrase, List<Token> answer) {
		if (phrase.isEmpty()) {
			return NONE;
		}
		int window = phrase.size() + SLACK;
		PhraseMatch best = NONE;
		for (int first = 0; first < answer.size(); first++) {
			if (!phrase.contains(answer.get(first).stem())) {
				continue;
			}
			PhraseMatch candidate = matchFrom(first, window, phrase, answer);
			if (candidate.coverage() > best.coverage()) {
				best = candidate;
			}
		}
		return best;
	}

	private static PhraseMatch matchFrom(int first, int window, List<String> phrase, List<Token> answer) {
		int last = Math.min(answer.size(), first + window);
		List<Token> inWindow = answer.subList(first, last);
		Set<String> found = inWindow.stream().map(Token::stem).filter(phrase::contains).collect(Collectors.toSet());
		Token lastMatched = inWindow.stream()
			.filter((token) -> phrase.contains(token.stem()))
			.reduce((a, b) -> b)
			.get();
		return new PhraseMatch((double) found.size() / phrase.size(), answer.get(first).start(), lastMatched.end());
	}

}
