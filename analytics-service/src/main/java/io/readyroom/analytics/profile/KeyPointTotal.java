package io.readyroom.analytics.profile;

import java.time.Instant;
import java.util.List;

import io.readyroom.contracts.Verdict;

/**
 * How often one key point was judged, missed and partly made in a learner's answers; it
 * names the competencies of the latest answer (in submission order) that judged it, as a
 * fold of all the answers in that order does.
 */
final class KeyPointTotal {

	private final String questionId;

	private final String criterionId;

	private List<String> competencies;

	private RecentScore seen;

	private int assessed;

	private int missed;

	private int partial;

	KeyPointTotal(KeyPointTally tally, RecentScore seen) {
		this.questionId = tally.questionId();
		this.criterionId = tally.criterionId();
		this.competencies = tally.competencies();
		this.seen = seen;
		this.assessed = tally.assessed();
		this.missed = tally.missed();
		this.partial = tally.partial();
	}

	static KeyPointTotal empty(String questionId, String criterionId) {
		return new KeyPointTotal(new KeyPointTally(questionId, criterionId, List.of(), 0, 0, 0), null);
	}

	/**
	 * @param seen the answer, placed in submission order
	 */
	void add(Verdict verdict, List<String> answerCompetencies, RecentScore seen) {
		count(verdict, 1);
		if (this.seen == null || RecentScore.SUBMISSION_ORDER.compare(seen, this.seen) >= 0) {
			this.seen = seen;
			this.competencies = answerCompetencies;
		}
	}

	void remove(Verdict verdict) {
		count(verdict, -1);
	}

	private void count(Verdict verdict, int by) {
		this.assessed += by;
		this.missed += (verdict == Verdict.MISSED) ? by : 0;
		this.partial += (verdict == Verdict.PARTIAL) ? by : 0;
	}

	boolean isEmpty() {
		return this.assessed <= 0;
	}

	KeyPointTally tally() {
		return new KeyPointTally(this.questionId, this.criterionId, this.competencies, this.assessed, this.missed,
				this.partial);
	}

	ScoreFold.KeyPointSeen seenBy() {
		return new ScoreFold.KeyPointSeen(this.questionId, this.criterionId, this.seen);
	}

}
