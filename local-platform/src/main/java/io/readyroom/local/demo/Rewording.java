package io.readyroom.local.demo;

import java.util.List;
import java.util.Random;

/**
 * Says a sentence a little differently, as a learner retelling a good answer would:
 * contractions, a synonym, another way to start. The meaning stays, some of the exact
 * phrasing the rubric listens for may not.
 */
final class Rewording {

	private static final List<Swap> SWAPS = List.of(new Swap("I would ", "I'd "), new Swap("I will ", "I'll "),
			new Swap(" because ", " since "), new Swap("First, ", "To start, "), new Swap("Then ", "After that, "),
			new Swap(" make sure ", " ensure "), new Swap(" immediately", " right away"),
			new Swap(" also ", " as well "), new Swap(" quickly", " fast"), new Swap("We ", "My team and I "),
			new Swap(" so that ", " so "), new Swap(" do not ", " don't "));

	private Rewording() {
	}

	/**
	 * @return the sentence with one applicable rewording, chosen at random; the sentence
	 * itself when none applies
	 */
	static String of(String sentence, Random random) {
		List<Swap> applicable = SWAPS.stream().filter((swap) -> sentence.contains(swap.from())).toList();
		if (applicable.isEmpty()) {
			return sentence;
		}
		Swap swap = applicable.get(random.nextInt(applicable.size()));
		return sentence.replaceFirst(java.util.regex.Pattern.quote(swap.from()),
				java.util.regex.Matcher.quoteReplacement(swap.to()));
	}

	private record Swap(String from, String to) {
	}

}
