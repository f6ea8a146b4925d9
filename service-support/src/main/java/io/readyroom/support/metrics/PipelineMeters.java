package io.readyroom.support.metrics;

import java.time.Duration;
import java.time.Instant;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/**
 * The meters that follow answers through the pipeline, named alike in every service so
 * one dashboard adds them up: {@code readyroom.answers} counts answers per {@code stage}
 * (accepted by session-service, scored by scoring-service, counted by analytics-service),
 * and {@code readyroom.answer.latency} times how long after its submission an answer
 * reached a {@code stage} (scored, in the learner's profile, on the cohort dashboard).
 * The timers publish a histogram, from which Prometheus takes any percentile, across
 * instances too ({@code histogram_quantile}).
 */
public final class PipelineMeters {

	static final String ANSWERS = "readyroom.answers";

	static final String LATENCY = "readyroom.answer.latency";

	private PipelineMeters() {
	}

	/** Answers that reached {@code stage}: accepted, scored or counted. */
	public static Counter answers(String stage, MeterRegistry registry) {
		return Counter.builder(ANSWERS)
			.description("Answers that reached this stage of the pipeline")
			.tag("stage", stage)
			.register(registry);
	}

	/** How long after their submission answers reached {@code stage}. */
	public static Latency latency(String stage, MeterRegistry registry) {
		return new Latency(Timer.builder(LATENCY)
			.description("Time from an answer's submission until it reached this stage")
			.tag("stage", stage)
			.publishPercentileHistogram()
			.minimumExpectedValue(Duration.ofMillis(10))
			.maximumExpectedValue(Duration.ofHours(1))
			.register(registry));
	}

	/** A latency timer that takes the answer's submission time. */
	public record Latency(Timer timer) {

		/**
		 * Records the time from {@code submittedAt} until {@code now}; a submission dated
		 * after now (another machine's clock) counts as no wait.
		 */
		public void since(Instant submittedAt, Instant now) {
			Duration waited = Duration.between(submittedAt, now);
			this.timer.record(waited.isNegative() ? Duration.ZERO : waited);
		}

	}

}
