package io.readyroom.scoring.engine.structure;

import java.util.ArrayList;
import java.util.List;

import io.readyroom.scoring.engine.text.AnalyzedText;
import io.readyroom.scoring.engine.text.Sentence;

/**
 * Finds the STAR components of a story and the sentence that shows each. A sentence often
 * carries cues of two parts ("When I was at the clinic, I found that ..."), so each part
 * is not simply credited to the first sentence with its cue: of all the ways to credit
 * the parts, the detector keeps the one that cites the most distinct sentences, then
 * keeps story order (situation, task, action, result), then shows each part most clearly,
 * then cites the earliest sentences.
 */
public final class StarDetector {

	/**
	 * Sentences considered per part; enough for any story, and it bounds the search for a
	 * very long answer to 6^4 assignments.
	 */
	private static final int MAX_CANDIDATES = 6;

	private static final List<StarComponent> PARTS = List.of(StarComponent.values());

	public StarAnalysis analyze(AnalyzedText answer) {
		List<List<Candidate>> candidates = PARTS.stream().map((part) -> candidates(answer, part)).toList();
		Candidate[] best = new Candidate[PARTS.size()];
		search(candidates, 0, new Candidate[PARTS.size()], best);
		List<StarFinding> findings = new ArrayList<>();
		for (int i = 0; i < PARTS.size(); i++) {
			findings.add((best[i] != null) ? best[i].finding(PARTS.get(i)) : StarFinding.absent(PARTS.get(i)));
		}
		return new StarAnalysis(true, findings);
	}

	private static List<Candidate> candidates(AnalyzedText answer, StarComponent part) {
		List<Candidate> candidates = new ArrayList<>();
		for (Sentence sentence : answer.sentences()) {
			int strength = StarCues.strength(part, sentence.text());
			if (strength > StarCues.NONE) {
				candidates.add(new Candidate(sentence, strength));
				if (candidates.size() == MAX_CANDIDATES) {
					break;
				}
			}
		}
		return candidates;
	}

	/**
	 * Tries every assignment of candidates to parts, keeping the first of equally good
	 * ones; a part without candidates stays absent.
	 */
	private static void search(List<List<Candidate>> candidates, int part, Candidate[] chosen, Candidate[] best) {
		if (part == chosen.length) {
			if (Assignment.of(chosen).isBetterThan(Assignment.of(best))) {
				System.arraycopy(chosen, 0, best, 0, chosen.length);
			}
			return;
		}
		if (candidates.get(part).isEmpty()) {
			chosen[part] = null;
			search(candidates, part + 1, chosen, best);
			return;
		}
		for (Candidate candidate : candidates.get(part)) {
			chosen[part] = candidate;
			search(candidates, part + 1, chosen, best);
		}
	}

	private record Candidate(Sentence sentence, int strength) {

		StarFinding finding(StarComponent part) {
			return new StarFinding(part, true, this.sentence.text(), this.sentence.start(), this.sentence.end());
		}

	}

	/** How good one way of crediting the parts is, in order of importance. */
	private record Assignment(int distinctSentences, int outOfOrderPairs, int strength, int sentenceIndexSum) {

		static Assignment of(Candidate[] chosen) {
			List<Integer> indexes = new ArrayList<>();
			int strength = 0;
			for (Candidate candidate : chosen) {
				if (candidate != null) {
					indexes.add(candidate.sentence().index());
					strength += candidate.strength();
				}
			}
			int outOfOrder = 0;
			for (int i = 0; i < indexes.size(); i++) {
				for (int j = i + 1; j < indexes.size(); j++) {
					outOfOrder += (indexes.get(i) > indexes.get(j)) ? 1 : 0;
				}
			}
			return new Assignment((int) indexes.stream().distinct().count(), outOfOrder, strength,
					indexes.stream().mapToInt(Integer::intValue).sum());
		}

		boolean isBetterThan(Assignment other) {
			if (this.distinctSentences != other.distinctSentences) {
				return this.distinctSentences > other.distinctSentences;
			}
			if (this.outOfOrderPairs != other.outOfOrderPairs) {
				return this.outOfOrderPairs < other.outOfOrderPairs;
			}
			if (this.strength != other.strength) {
				return this.strength > other.strength;
			}
			return this.sentenceIndexSum < other.sentenceIndexSum;
		}

	}

}
