package io.readyroom.analytics.profile;

import java.time.Instant;
import java.util.Comparator;

/**
 * One answer's score in a competency's window of recent scores, with what orders it: the
 * submission time, then the answer id, as in every fold of the learner's answers.
 */
record RecentScore(String answerId, Instant submittedAt, int score) {

	static final Comparator<RecentScore> SUBMISSION_ORDER = Comparator.comparing(RecentScore::submittedAt)
		.thenComparing(RecentScore::answerId);

}
