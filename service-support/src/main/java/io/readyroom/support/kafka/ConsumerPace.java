package io.readyroom.support.kafka;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * The pace at which a group commits offsets on one topic, from the committed totals of
 * the checks within a window: a moving figure, so one busy or idle second does not swing
 * the estimate a learner is shown.
 */
final class ConsumerPace {

	private record Sample(Instant at, long committed) {
	}

	private final Duration window;

	private final Deque<Sample> samples = new ArrayDeque<>();

	ConsumerPace(Duration window) {
		this.window = window;
	}

	/**
	 * Records the committed total seen at a check and returns the pace over the window.
	 */
	synchronized double record(Instant at, long committed) {
		if (!this.samples.isEmpty() && committed < this.samples.getLast().committed()) {
			// offsets went back (a replay or reset): earlier samples say nothing of now
			this.samples.clear();
		}
		this.samples.addLast(new Sample(at, committed));
		while (this.samples.size() > 2 && this.samples.getFirst().at().isBefore(at.minus(this.window))) {
			this.samples.removeFirst();
		}
		Sample first = this.samples.getFirst();
		double seconds = Duration.between(first.at(), at).toMillis() / 1000.0;
		return (seconds > 0) ? (committed - first.committed()) / seconds : 0;
	}

}
