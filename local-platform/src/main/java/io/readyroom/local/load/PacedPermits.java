package io.readyroom.local.load;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

/**
 * Exactly {@code answers} permits, handed out at most {@code perSecond} a second from the
 * first one on (at once when unlimited): the n-th permit is due n / rate seconds after
 * the start, so a learner that was slow does not make the others wait.
 */
final class PacedPermits implements AnswerPermits {

	private final int answers;

	private final double perSecond;

	private final AtomicInteger issued = new AtomicInteger();

	private volatile long startedAt;

	/**
	 * @param perSecond the rate, {@code 0} for as fast as the learners go
	 */
	PacedPermits(int answers, double perSecond) {
		this.answers = answers;
		this.perSecond = perSecond;
	}

	/** Sets the start of the pace to now. */
	void start() {
		this.startedAt = System.nanoTime();
	}

	@Override
	public boolean remain() {
		return this.issued.get() < this.answers;
	}

	@Override
	public boolean take() {
		int number = this.issued.getAndIncrement();
		if (number >= this.answers) {
			return false;
		}
		if (this.perSecond > 0) {
			long due = this.startedAt + (long) (number / this.perSecond * TimeUnit.SECONDS.toNanos(1));
			for (long wait = due - System.nanoTime(); wait > 0; wait = due - System.nanoTime()) {
				LockSupport.parkNanos(wait);
				if (Thread.currentThread().isInterrupted()) {
					return false;
				}
			}
		}
		return true;
	}

}
