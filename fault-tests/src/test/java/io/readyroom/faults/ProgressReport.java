package io.readyroom.faults;

import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;

import org.awaitility.core.ConditionEvaluationListener;
import org.awaitility.core.EvaluatedCondition;

/**
 * Says every 15 seconds that a long wait is still going and what it still waits for, so a
 * slow recovery shows in the test output while it happens, not only as a figure
 * afterwards.
 */
final class ProgressReport implements ConditionEvaluationListener<Object> {

	private static final Duration EVERY = Duration.ofSeconds(15);

	private final String what;

	private final Supplier<String> state;

	private Instant lastReport = Instant.now();

	ProgressReport(String what, Supplier<String> state) {
		this.what = what;
		this.state = state;
	}

	@Override
	public void conditionEvaluated(EvaluatedCondition<Object> condition) {
		if (!condition.isSatisfied() && Instant.now().isAfter(this.lastReport.plus(EVERY))) {
			this.lastReport = Instant.now();
			System.out.printf("%s: not yet after %d s: %s%n", this.what, condition.getElapsedTimeInMS() / 1000,
					this.state.get());
		}
	}

}
