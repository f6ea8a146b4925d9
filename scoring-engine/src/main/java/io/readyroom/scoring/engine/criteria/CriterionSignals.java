package io.readyroom.scoring.engine.criteria;

/**
 * How strongly an answer shows one criterion, by each kind of evidence, before they are
 * weighed into credit.
 *
 * @param wording the best rubric-phrase coverage found within one sentence, weighed by
 * how much of a statement the phrase is (a two-word chunk is weaker evidence than a whole
 * expression); 0 to 1
 * @param meaning the best cosine similarity of an answer sentence to the criterion's
 * references
 * @param affirmedMeaning the same over the sentences that do not contradict the
 * references they are close to
 * @param recall the largest share of one reference's content words, beyond the
 * question's, that the answer uses anywhere with the same polarity (negated or not); 0 to
 * 1
 * @param contradicts whether the sentence closest in meaning negates what its reference
 * affirms, or the other way round
 */
public record CriterionSignals(double wording, double meaning, double affirmedMeaning, double recall,
		boolean contradicts) {

	public static final CriterionSignals NONE = new CriterionSignals(0, 0, 0, 0, false);

}
