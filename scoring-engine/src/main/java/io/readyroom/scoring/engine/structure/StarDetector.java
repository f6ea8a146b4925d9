package io.readyroom.scoring.engine.structure;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import io.readyroom.scoring.engine.text.AnalyzedText;
import io.readyroom.scoring.engine.text.Sentence;

/**
 * Finds the STAR components of a story by the cues people use to tell each part: setting
 * the scene, naming their responsibility, first-person past-tense actions, and outcomes.
 * Each component is credited to the first sentence that shows it.
 */
public final class StarDetector {

	private static final Map<StarComponent, Pattern> CUES = new EnumMap<>(Map.of(StarComponent.SITUATION,
			Pattern.compile("\\b(when i was|when we|at my (previous|last|current|old|first)|in my (previous|last|"
					+ "current|old|first) (role|job|position)|while (i was )?working|we had|there was|there were|"
					+ "the situation|one time|once,|last year|a few (years|months) ago|during (a|an|the|my)|"
					+ "at (a|the) (clinic|hospital|practice|health system)|(i|we) (was|were) (working|implementing|"
					+ "migrating|rolling out))\\b"),
			StarComponent.TASK,
			Pattern.compile("\\b(my (task|goal|job|role|responsibility|assignment) (was|is)|i was (responsible|"
					+ "asked|tasked|assigned|in charge)|i needed to|i had to|we needed to|we had to|the goal was|"
					+ "the objective was|it was my job|my manager asked|i was expected)\\b"),
			StarComponent.ACTION,
			Pattern.compile("\\b(i|we) (first |then |also |quickly |immediately )?(?!was\\b|were\\b|had\\b|needed\\b"
					+ "|wanted\\b|used to\\b)(\\w+ed|set up|wrote|built|met|led|ran|made|took|called|spoke|went|"
					+ "began|chose|found|gave|sent|brought|told|put|did|sat down|drew|kept|held|rewrote|"
					+ "stood up|taught|sought|caught|pulled|started|decided)\\b|\\bso i\\b"),
			StarComponent.RESULT,
			Pattern.compile("\\b(as a result|the result|resulted|outcome|in the end|eventually|ultimately|"
					+ "reduced|improved|increased|decreased|dropped|saved|resolved|led to|which meant|since then|"
					+ "went from|went down|went up|no longer|on time|passed|zero|succeeded|learned)\\b|\\d+\\s?%|"
					+ "\\bpercent\\b")));

	public StarAnalysis analyze(AnalyzedText answer) {
		return new StarAnalysis(true, List.of(find(answer, StarComponent.SITUATION), find(answer, StarComponent.TASK),
				find(answer, StarComponent.ACTION), find(answer, StarComponent.RESULT)));
	}

	private static StarFinding find(AnalyzedText answer, StarComponent component) {
		Pattern cue = CUES.get(component);
		for (Sentence sentence : answer.sentences()) {
			if (cue.matcher(sentence.text().toLowerCase(Locale.ROOT)).find()) {
				return new StarFinding(component, true, sentence.text(), sentence.start(), sentence.end());
			}
		}
		return StarFinding.absent(component);
	}

}
