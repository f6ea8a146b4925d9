package io.readyroom.scoring.engine.structure;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import io.readyroom.contracts.RedFlag;
import io.readyroom.scoring.engine.criteria.Phrase;
import io.readyroom.scoring.engine.criteria.PhraseMatcher;
import io.readyroom.scoring.engine.text.TextAnalyzer;
import io.readyroom.scoring.engine.text.Token;

/**
 * A red flag ready to match: its expressions compiled for wording, and its statements
 * (each expression and exemplar, and each clause of its description) with whether each
 * negates, for meaning. "Kept the incident quiet, fixed it without telling the privacy officer, or
 * decided alone" is three practices, each worth recognising in other words.
 */
public record PreparedRedFlag(RedFlag flag, List<Phrase> phrases, List<String> statements, List<Boolean> negated) {

	private static final int MIN_CONTENT_WORDS = 2;

	public PreparedRedFlag {
		phrases = List.copyOf(phrases);
		statements = List.copyOf(statements);
		negated = List.copyOf(negated);
	}

	public static PreparedRedFlag of(RedFlag flag, PhraseMatcher matcher, TextAnalyzer analyzer) {
		List<String> statements = new ArrayList<>();
		List<Boolean> negated = new ArrayList<>();
		List<String> candidates = new ArrayList<>(flag.expressions());
		candidates.addAll(flag.exemplars());
		candidates.addAll(Arrays.asList(flag.description().split("[,;:]|\\s(?:or|and then)\\s|\\s-\\s")));
		for (String candidate : candidates) {
			List<Token> tokens = analyzer.analyze(candidate.trim()).tokens();
			if (tokens.stream().filter(Token::isContent).count() >= MIN_CONTENT_WORDS
					|| flag.expressions().contains(candidate)) {
				statements.add(candidate.trim());
				negated.add(RedFlagsByMeaning.negated(tokens));
			}
		}
		return new PreparedRedFlag(flag, flag.expressions().stream().map(matcher::compile).toList(), statements,
				negated);
	}

}
