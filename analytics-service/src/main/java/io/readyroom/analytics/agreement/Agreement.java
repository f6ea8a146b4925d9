package io.readyroom.analytics.agreement;

import org.jspecify.annotations.Nullable;

/**
 * The machine's scores against the reviewed scores of some reviewed answers. Every figure
 * but the count is {@code null} when nothing was reviewed.
 *
 * @param reviewed how many reviewed answers
 * @param pearson Pearson's correlation of machine and reviewed scores; {@code null} below
 * {@value AgreementTally#MIN_FOR_CORRELATION} answers or when either score does not vary
 * @param meanAbsoluteDifference the mean of |machine − reviewed|, in score points
 */
public record Agreement(int reviewed, @Nullable Double pearson, @Nullable Double meanAbsoluteDifference,
		@Nullable Double meanMachineScore, @Nullable Double meanReviewedScore) {

}
