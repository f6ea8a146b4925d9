package io.readyroom.scoring.evaluation;

/**
 * A light suffix stripper: enough that "verifying", "verified" and "verifies" meet
 * "verify", without the cost or surprises of a full stemmer.
 */
final class Stemmer {

	private static final String[][] SUFFIXES = { { "ational", "ate" }, { "ization", "ize" }, { "ations", "ate" },
			{ "ation", "ate" }, { "ies", "y" }, { "ied", "y" }, { "sses", "ss" }, { "xes", "x" }, { "ches", "ch" },
			{ "shes", "sh" }, { "ing", "" }, { "ed", "" }, { "s", "" } };

	private static final int MIN_STEM = 3;

	private Stemmer() {
	}

	static String stem(String word) {
		if (word.endsWith("ss")) {
			return word;
		}
		for (String[] rule : SUFFIXES) {
			String suffix = rule[0];
			if (word.endsWith(suffix) && word.length() - suffix.length() >= MIN_STEM) {
				return withoutFinalE(undouble(word.substring(0, word.length() - suffix.length()) + rule[1]));
			}
		}
		return withoutFinalE(word);
	}

	/** "release", "released" and "releasing" all become "releas". */
	private static String withoutFinalE(String stem) {
		return (stem.length() > 4 && stem.endsWith("e")) ? stem.substring(0, stem.length() - 1) : stem;
	}

	/** "stopped" loses "ed" to become "stopp"; the doubled consonant goes too. */
	private static String undouble(String stem) {
		int last = stem.length() - 1;
		if (last > MIN_STEM && stem.charAt(last) == stem.charAt(last - 1) && "lsz".indexOf(stem.charAt(last)) < 0
				&& "aeiou".indexOf(stem.charAt(last)) < 0) {
			return stem.substring(0, last);
		}
		return stem;
	}

}
