package io.readyroom.scoring.engine.structure;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The cues people use to tell each STAR part, and how clearly a sentence shows one:
 * setting the scene, naming their responsibility, first-person actions, and outcomes.
 */
final class StarCues {

	/** The sentence does not show the part. */
	static final int NONE = 0;

	/** The sentence shows the part, but another sentence may show it better. */
	static final int WEAK = 1;

	/** The sentence shows the part plainly. */
	static final int CLEAR = 2;

	private static final Pattern SITUATION = Pattern.compile("\\b(when i was|when we|at my (previous|last|current|"
			+ "old|first)|in my (previous|last|current|old|first) (role|job|position)|(while|when) i (was working|worked)|we had|"
			+ "there was|there were|the situation|one time|once,|last year|a few (years|months) ago|"
			+ "during (a|an|the|my)|at (a|the) (clinic|hospital|practice|health system)|(i|we) (was|were) (working|"
			+ "implementing|migrating|rolling out))\\b");

	private static final Pattern TASK = Pattern.compile("\\b(my (task|goal|job|role|responsibility|assignment) "
			+ "(was|is)|i was (responsible|asked|tasked|assigned|in charge)|i needed to|i had to|we needed to|"
			+ "we had to|the goal was|the objective was|it was my job|my manager asked|i was expected)\\b");

	private static final Pattern RESULT = Pattern.compile("\\b(as a result|the result|resulted|outcome|in the end|"
			+ "eventually|ultimately|reduced|improved|increased|decreased|dropped|saved|resolved|led to|which meant|"
			+ "since then|went from|went down|went up|went live|no longer|on time|passed|zero|succeeded|learned|showed|"
			+ "no (repeat|further|more)|never happened again|fewer|faster|fell|shortened)\\b|\\d+\\s?%|"
			+ "\\bpercent\\b");

	/**
	 * Verbs that follow "I" or "we" without anyone doing anything: being, wanting,
	 * noticing and working somewhere set the scene; learning is a result.
	 */
	private static final String NOT_AN_ACTION = "(?!(?:was|were|had|needed|wanted|used to|noticed|realized|realised|"
			+ "learned|learnt|saw|heard|felt|believed|thought|knew|liked|loved|enjoyed|joined|seemed|happened|"
			+ "remembered|wondered|hoped|found that|found out that|discovered that|worked (?:at|for|in|as|on a team)|"
			+ "started (?:at|as|in|out))\\b)";

	private static final String ACTION_VERB = "(\\w+ed|set up|wrote|built|met|led|ran|made|took|called|spoke|went|"
			+ "began|chose|found|gave|sent|brought|told|put|did|sat down|drew|kept|held|rewrote|stood up|taught|"
			+ "sought|caught|pulled|started|decided|shut down|cut|fixed|rebuilt|drove)\\b";

	private static final String ADVERB = "(first |then |also |quickly |immediately |personally |myself )?";

	private static final Pattern MY_ACTION = Pattern.compile("\\bi " + ADVERB + NOT_AN_ACTION + ACTION_VERB);

	private static final Pattern OUR_ACTION = Pattern
		.compile("\\bwe " + ADVERB + NOT_AN_ACTION + ACTION_VERB + "|\\bso i\\b");

	/**
	 * A leading "when ..." or "while ..." clause is background, whatever its verbs: "When
	 * I joined the team, ..." sets the scene for what follows the comma.
	 */
	private static final Pattern BACKGROUND_CLAUSE = Pattern.compile("^(back when|when|while|as) [^,]*,\\s*");

	private StarCues() {
	}

	static int strength(StarComponent component, String sentence) {
		String lower = sentence.toLowerCase(Locale.ROOT);
		return switch (component) {
			case SITUATION -> shows(SITUATION, lower);
			case TASK -> shows(TASK, lower);
			case ACTION -> actionStrength(BACKGROUND_CLAUSE.matcher(lower).replaceFirst(""));
			case RESULT -> shows(RESULT, lower);
		};
	}

	/** "I" doing something is the action a story needs; "we" is weaker evidence of it. */
	private static int actionStrength(String foreground) {
		if (MY_ACTION.matcher(foreground).find()) {
			return CLEAR;
		}
		return OUR_ACTION.matcher(foreground).find() ? WEAK : NONE;
	}

	private static int shows(Pattern cue, String sentence) {
		return cue.matcher(sentence).find() ? CLEAR : NONE;
	}

}
