package io.readyroom.analytics.cohort;

/**
 * Keeps dashboard recomputes to about half of the time while changes keep coming: when
 * cohorts changed again during a pass that took {@code d}, the next pass starts no sooner
 * than {@code d} after it. A pass over a large cohort reads every profile of it, and on
 * the embedded store that holds the profiles collection for the whole read; back to back,
 * such passes starve the listeners that write the profiles. After a pass nothing
 * interrupted, the next change is picked up at the next tick, as before.
 */
final class RefreshPacing {

	private boolean resting;

	private long restUntil;

	/**
	 * @param now the current {@link System#nanoTime()}
	 */
	boolean isDue(long now) {
		return !this.resting || now - this.restUntil >= 0;
	}

	/**
	 * Records a pass.
	 * @param startedAt its start, as {@link System#nanoTime()}
	 * @param endedAt its end, as {@link System#nanoTime()}
	 * @param changedMeanwhile whether cohorts became stale during the pass
	 */
	void passed(long startedAt, long endedAt, boolean changedMeanwhile) {
		this.resting = changedMeanwhile;
		this.restUntil = endedAt + (endedAt - startedAt);
	}

}
