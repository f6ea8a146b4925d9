package io.readyroom.scoring.engine.structure;

import java.util.ArrayList;
import java.util.List;

import io.readyroom.contracts.RedFlag;
import io.readyroom.scoring.engine.criteria.Phrase;
import io.readyroom.scoring.engine.criteria.PhraseMatcher;
import io.readyroom.scoring.engine.text.TextAnalyzer;

/**
 * A red flag ready to match: its expressions compiled for wording, and its statements
 * (its expressions and its exemplars, a candidate's own words for the practice) with
 * whether each turns its action down, for meaning. The description is left out: it names
 * several practices in one reviewer's sentence, and its clauses sat as close to safe
 * answers on the same topic as to unsafe ones.
 */
public record PreparedRedFlag(RedFlag flag, List<Phrase> phrases, List<String> statements, List<Boolean> negated) {

	public PreparedRedFlag {
		phrases = List.copyOf(phrases);
		statements = List.copyOf(statements);
		negated = List.copyOf(negated);
	}

	public static PreparedRedFlag of(RedFlag flag, PhraseMatcher matcher, TextAnalyzer analyzer) {
		List<String> statements = new ArrayList<>(flag.expressions());
		statements.addAll(flag.exemplars());
		return new PreparedRedFlag(flag, flag.expressions().stream().map(matcher::compile).toList(), statements,
				statements.stream().map((s) -> RedFlagsByMeaning.negated(analyzer.analyze(s).tokens())).toList());
	}

}
