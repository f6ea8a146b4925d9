package io.readyroom.local.load;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

import org.jspecify.annotations.Nullable;

/**
 * Up to {@code answers} permits, or as many as fit in {@code duration}, handed out at
 * most {@code perSecond} a second from the start on (at once when unlimited): the n-th
 * permit is due n / rate seconds after the start, so a learner that was slow does not
 * make the others wait.
 */
final class PacedPermits implements AnswerPermits {

	private final int answers;

	private final @Nullable Duration duration;

	private final double perSecond;

	private final AtomicInteger issued = new AtomicInteger();

	private volatile long startedAt;

	private volatile long endsAt = Long.MAX_VALUE;

	/**
	 * @param duration how long permits are handed out, {@code null} for no limit but
	 * {@code answers}
	 * @param perSecond the rate, {@code 0} for as fast as the learners go
	 */
	PacedPermits(int answers, @Nullable Duration duration, double perSecond) {
		this.answers = answers;
		this.duration = duration;
		this.perSecond = perSecond;
	}

	static PacedPermits of(LoadOptions options) {
		return new PacedPermits((options.duration() != null) ? Integer.MAX_VALUE : options.answers(),
				options.duration(), options.rate());
	}

	/** Sets the start of the pace, and of the duration, to now. */
	void start() {
		this.startedAt = System.nanoTime();
		if (this.duration != null) {
			this.endsAt = this.startedAt + this.duration.toNanos();
		}
	}

	/** How many permits were taken: answers sent or about to be. */
	int issued() {
		return Math.min(this.issued.get(), this.answers);
	}

	@Override
	public boolean remain() {
		return this.issued.get() < this.answers && System.nanoTime() - this.endsAt < 0;
	}

	@Override
	public boolean take() {
		if (!remain()) {
			return false;
		}
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
