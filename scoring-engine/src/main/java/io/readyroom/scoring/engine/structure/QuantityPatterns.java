package io.readyroom.scoring.engine.structure;

import java.util.regex.Pattern;

/**
 * Patterns for amounts people name in a story: durations ("within 60 days", "a two-week
 * retraining") and sizes ("a 300-bed hospital", "40,000 patients"), in digits or words. A
 * hyphenated amount keeps the noun it describes, so the detail reads as the learner said
 * it: "300-bed hospital", not "300".
 */
final class QuantityPatterns {

	private static final String UNITS_WORD = "(?:one|two|three|four|five|six|seven|eight|nine)";

	/**
	 * Amounts in words. "One" and "a" alone are left out of plain amounts: "one day" and
	 * "a week" usually open a story rather than measure something.
	 */
	private static final String WORDS = "(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-" + UNITS_WORD
			+ ")?|" + UNITS_WORD + " (?:hundred|thousand)|a (?:hundred|thousand|dozen)|two|three|four|"
			+ "five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|"
			+ "nineteen)";

	private static final String DIGITS = "\\d[\\d,]*(?:\\.\\d+)?(?:\\s?(?:thousand|million|billion|k)\\b)?";

	private static final String AMOUNT = "(?:" + DIGITS + "|" + WORDS + ")";

	/** An amount written as part of a compound adjective: "two-week", "300-bed". */
	private static final String COMPOUND_AMOUNT = "(?:\\d[\\d,.]*|" + WORDS + "|one|half)";

	private static final String DURATION_UNIT = "(?:minute|hour|day|week|month|year|quarter|shift)";

	private static final String SIZE_UNIT = "(?:bed|clinic|hospital|site|facility|location|practice|campus|"
			+ "pharmacy|lab|patient|user|employee|nurse|physician|provider|clinician|member|record|chart|device|"
			+ "workstation|server|interface|department|unit|row|table)";

	private static final String SIZE_UNIT_PLURAL = "(?:beds|clinics|hospitals|sites|facilities|locations|practices|"
			+ "campuses|pharmacies|labs|patients|users|staff|employees|nurses|physicians|providers|clinicians|"
			+ "members|people|lives|records|charts|devices|workstations|servers|interfaces|departments|units|rows|"
			+ "tables)";

	/**
	 * Words that end a noun phrase; the phrase after a compound amount stops before them.
	 */
	private static final String STOP_WORD = "(?:and|or|but|so|to|of|in|on|at|for|with|by|from|into|after|before|"
			+ "the|a|an|that|which|who|was|were|is|are|be|been|we|i|it|our|my|as|when|while|than|then)";

	/** Nouns that end the phrase a compound amount describes: "300-bed hospital". */
	private static final String HEAD_NOUN = "(?:hospital|health system|system|network|clinic|practice|program|"
			+ "session|project|rollout|retraining|training|audit|review|window|deadline|period|plan|pilot|sprint|"
			+ "rule|go-live|implementation|migration|upgrade|backlog|course|stay|cycle|turnaround|campaign)s?";

	/**
	 * The noun a compound amount describes: a head noun, or one other word, optionally
	 * followed by a head noun ("300-bed community hospital").
	 */
	private static final String DESCRIBED = "(?:\\s+(?:" + HEAD_NOUN + "\\b|(?!" + STOP_WORD + "\\b)[a-z][a-z-]*(?:\\s+"
			+ HEAD_NOUN + "\\b)?))?";

	static final Pattern DURATION = Pattern
		.compile("(?i)\\b(?:" + COMPOUND_AMOUNT + "-" + DURATION_UNIT + "\\b" + DESCRIBED + "|(?:within\\s+)?" + AMOUNT
				+ "\\s+" + DURATION_UNIT + "s?\\b|within\\s+(?:an?|one|the)\\s+" + DURATION_UNIT + "\\b)");

	static final Pattern SIZE = Pattern
		.compile("(?i)\\b(?:" + COMPOUND_AMOUNT + "-" + SIZE_UNIT + "\\b" + DESCRIBED + "|" + AMOUNT + "\\s+(?:(?!"
				+ STOP_WORD + "\\b)[a-z]+\\s+)?(?:" + SIZE_UNIT_PLURAL + "|" + SIZE_UNIT + ")\\b)");

	private QuantityPatterns() {
	}

}
