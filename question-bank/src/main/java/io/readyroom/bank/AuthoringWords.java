package io.readyroom.bank;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Words that belong to writing a rubric, not to reading one. Criterion and red-flag
 * descriptions are quoted to learners in their feedback ("Add this key point: ..."), so a
 * description such as "Mentions X, as the seed's tip advises" would tell a learner about
 * our sources instead of about their answer. Provenance, intent and difficulty reasons
 * are for staff and may use these words.
 */
final class AuthoringWords {

	private static final List<Pattern> WORDS = List.of(
			// the documents the bank was written from
			word("seeds?('s)?"), word("the article"), word("source documents?"), word("interviewer'?s guide"),
			// a tip in the seed, but not a tip sheet, which clinicians really use
			Pattern.compile("(?i)\\btips?\\b(?![ -]sheets?)"),
			// the rubric's own machinery
			word("rubrics?"), word("exemplars?"),
			// "as the guide says", "as the seed's tip advises"
			Pattern.compile("(?i)\\bas (the|its) [\\w' ]{1,40}?\\b(says|advises|asks|recommends|suggests)\\b"));

	private AuthoringWords() {
	}

	/** The first authoring word in {@code text}, if it has one. */
	static Optional<String> findIn(String text) {
		for (Pattern word : WORDS) {
			Matcher found = word.matcher(text);
			if (found.find()) {
				return Optional.of(found.group());
			}
		}
		return Optional.empty();
	}

	private static Pattern word(String regex) {
		return Pattern.compile("(?i)\\b" + regex + "\\b");
	}

}
