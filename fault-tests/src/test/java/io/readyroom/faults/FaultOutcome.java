package io.readyroom.faults;

import java.time.Duration;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What one fault did to the answers acknowledged while it ran.
 *
 * @param tally the answers of this fault's load, with the whole run's figures checked
 * against the reference
 * @param outage from breaking the part until the stack was whole again (restarted and
 * ready)
 * @param recovery from breaking the part until the backlog of that moment was drained and
 * every answer acknowledged by then counted; {@code null} when it did not recover in time
 * @param loadCompleted whether the load got all its answers acknowledged in time
 * @param resends answers sent again for want of a response
 * @param problems what else went wrong (e.g. poison not dead-lettered)
 */
record FaultOutcome(String fault, Tally tally, Duration outage, @Nullable Duration recovery, boolean loadCompleted,
		int resends, List<String> problems) {

	boolean passed() {
		return this.tally.exact() && this.recovery != null && this.loadCompleted && this.problems.isEmpty();
	}

}
