package io.readyroom.scoring.engine.criteria;

/**
 * Where and how fully a phrase occurs in an answer: {@code coverage} is the share of its
 * concepts found, with the same polarity, in one sentence; {@code start}/{@code end} are
 * the character offsets of the clause(s) holding them.
 */
public record PhraseMatch(Phrase phrase, int matched, double coverage, int start, int end) {

	static PhraseMatch none(Phrase phrase) {
		return new PhraseMatch(phrase, 0, 0, -1, -1);
	}

	public boolean isComplete() {
		return this.coverage >= 0.999;
	}

	boolean betterThan(PhraseMatch other) {
		if (this.coverage != other.coverage) {
			return this.coverage > other.coverage;
		}
		return this.phrase.concepts().size() > other.phrase.concepts().size();
	}

}
