package io.readyroom.analytics.profile;

import java.time.Instant;

/**
 * A learner's running totals in one competency: how many scores, their sum, the latest
 * submission and the window of recent scores mastery and trend are computed from.
 */
final class CompetencyTotal {

	private final String competency;

	private int count;

	private long scoreSum;

	private Instant lastPractisedAt;

	private final RecentScores recent;

	CompetencyTotal(String competency, int count, long scoreSum, Instant lastPractisedAt, RecentScores recent) {
		this.competency = competency;
		this.count = count;
		this.scoreSum = scoreSum;
		this.lastPractisedAt = lastPractisedAt;
		this.recent = recent;
	}

	static CompetencyTotal empty(String competency) {
		return new CompetencyTotal(competency, 0, 0, null, new RecentScores(null));
	}

	void add(RecentScore score) {
		this.count++;
		this.scoreSum += score.score();
		this.recent.put(score);
		if (this.lastPractisedAt == null || score.submittedAt().isAfter(this.lastPractisedAt)) {
			this.lastPractisedAt = score.submittedAt();
		}
	}

	/**
	 * Takes the score out; the latest submission falls back to the window's latest when
	 * the removed score was it (the window holds the latest scores).
	 */
	void remove(RecentScore score) {
		this.count--;
		this.scoreSum -= score.score();
		this.recent.remove(score.answerId());
		if (score.submittedAt().equals(this.lastPractisedAt) && !this.recent.isEmpty()) {
			this.lastPractisedAt = this.recent.latest().submittedAt();
		}
	}

	boolean isEmpty() {
		return this.count <= 0;
	}

	CompetencyStanding standing() {
		double[] values = this.recent.values();
		return new CompetencyStanding(this.competency, this.count, Mastery.round((double) this.scoreSum / this.count),
				Mastery.of(values), Mastery.confidence(this.count), Trend.of(values), this.lastPractisedAt);
	}

	ScoreFold.CompetencyWindow window() {
		return new ScoreFold.CompetencyWindow(this.competency, this.scoreSum, this.recent.oldestFirst());
	}

}
