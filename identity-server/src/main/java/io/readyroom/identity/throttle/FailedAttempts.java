package io.readyroom.identity.throttle;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * The recent failures of one username or one address, and its lock-out. A lock-out clears
 * the failures it counted; the next one, if the failures go on, lasts twice as long. All
 * is forgotten once a lock-out and the last failure are a window in the past.
 */
final class FailedAttempts {

	private final Deque<Instant> failures = new ArrayDeque<>();

	private int lockouts;

	private Instant lockedUntil = Instant.MIN;

	private Instant lastFailure = Instant.MIN;

	synchronized boolean lockedAt(Instant now) {
		return now.isBefore(this.lockedUntil);
	}

	synchronized Instant lockedUntil() {
		return this.lockedUntil;
	}

	/**
	 * @return whether this failure locked it out
	 */
	synchronized boolean fail(Instant now, int limit, Duration window, Duration firstLockout, Duration longestLockout) {
		this.lastFailure = now;
		this.failures.addLast(now);
		while (!this.failures.isEmpty() && !this.failures.peekFirst().isAfter(now.minus(window))) {
			this.failures.removeFirst();
		}
		if (this.failures.size() < limit) {
			return false;
		}
		this.failures.clear();
		this.lockedUntil = now.plus(lockoutAfter(this.lockouts, firstLockout, longestLockout));
		this.lockouts++;
		return true;
	}

	synchronized boolean forgottenAt(Instant now, Duration window) {
		Instant lastEvent = this.lockedUntil.isAfter(this.lastFailure) ? this.lockedUntil : this.lastFailure;
		return !now.isBefore(lastEvent.plus(window));
	}

	private static Duration lockoutAfter(int earlierLockouts, Duration first, Duration longest) {
		Duration lockout = first;
		for (int doubling = 0; doubling < earlierLockouts && lockout.compareTo(longest) < 0; doubling++) {
			lockout = lockout.multipliedBy(2);
		}
		return (lockout.compareTo(longest) > 0) ? longest : lockout;
	}

}
