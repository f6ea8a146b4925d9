package io.readyroom.analytics.profile;

import java.util.ArrayList;
import java.util.List;

/**
 * The latest {@value Mastery#WINDOW} scores of one competency in submission order, all
 * that mastery and trend read: mastery's weights fall by 0.8 per answer, so the 33rd
 * latest would weigh 0.8³² ≈ 0.0008 of the latest, and trend reads six. A score that
 * arrives late and is older than a full window's oldest is not kept; a re-scored or
 * reviewed answer's entry is replaced. An answer taken out of the competency by a
 * re-score leaves one fewer until newer answers refill the window: the answer evicted
 * earlier does not come back.
 */
final class RecentScores {

	private final List<RecentScore> scores;

	RecentScores(List<RecentScore> scoresOldestFirst) {
		this.scores = new ArrayList<>((scoresOldestFirst != null) ? scoresOldestFirst : List.of());
	}

	void put(RecentScore score) {
		remove(score.answerId());
		int at = 0;
		while (at < this.scores.size() && RecentScore.SUBMISSION_ORDER.compare(this.scores.get(at), score) < 0) {
			at++;
		}
		this.scores.add(at, score);
		while (this.scores.size() > Mastery.WINDOW) {
			this.scores.remove(0);
		}
	}

	void remove(String answerId) {
		this.scores.removeIf((score) -> score.answerId().equals(answerId));
	}

	boolean isEmpty() {
		return this.scores.isEmpty();
	}

	RecentScore latest() {
		return this.scores.get(this.scores.size() - 1);
	}

	double[] values() {
		return this.scores.stream().mapToDouble(RecentScore::score).toArray();
	}

	List<RecentScore> oldestFirst() {
		return List.copyOf(this.scores);
	}

}
