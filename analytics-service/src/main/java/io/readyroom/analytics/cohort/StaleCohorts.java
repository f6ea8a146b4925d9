package io.readyroom.analytics.cohort;

import java.time.Clock;
import java.util.Map;

import io.micrometer.core.instrument.MeterRegistry;
import io.readyroom.analytics.cohort.StaleCohortMarks.ClearedMark;
import io.readyroom.analytics.profile.CohortsChanged;
import io.readyroom.analytics.profile.LearnerProfileChanged;
import io.readyroom.analytics.readiness.ReadinessRulesChanged;
import io.readyroom.support.metrics.PipelineMeters;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Marks the cohorts that changed and recomputes each at most once per refresh interval,
 * however many answers arrived meanwhile: a burst of 1,000 answers raises one cohort's
 * mark 1,000 times and costs one recompute, not 1,000. The marks are in the store
 * ({@link StaleCohortMarks}), written synchronously by the listener that changed the
 * cohort, so they outlive the instance and every instance's pass sees them all. A pass
 * reads the marks before it reads what changed, and clears a mark only if it was not
 * raised meanwhile, so a change during the pass is recomputed by the next one. A pass
 * reads only the profiles changed since the previous one ({@link CohortSnapshots}). Under
 * a steady stream of changes, passes are paced by {@link RefreshPacing}, so that a full
 * read of a large cohort leaves time for the listeners.
 */
@Component
class StaleCohorts {

	private static final Logger log = LoggerFactory.getLogger(StaleCohorts.class);

	private final StaleCohortMarks marks;

	private final CohortDashboards dashboards;

	private final CohortSnapshots snapshots;

	private final RefreshPacing pacing = new RefreshPacing();

	private final Clock clock;

	private final PipelineMeters.Latency onDashboard;

	StaleCohorts(StaleCohortMarks marks, CohortDashboards dashboards, CohortSnapshots snapshots, Clock clock,
			MeterRegistry registry) {
		this.marks = marks;
		this.dashboards = dashboards;
		this.snapshots = snapshots;
		this.clock = clock;
		this.onDashboard = PipelineMeters.latency("dashboard", registry);
	}

	@EventListener
	void on(LearnerProfileChanged event) {
		mark(event.cohortId());
	}

	@EventListener
	void on(CohortsChanged event) {
		event.cohortIds().forEach((cohortId) -> this.marks.mark(cohortId, event.oldestAnswerAt()));
	}

	/** The cohort's figures, or what the dashboard says about the cohort, changed. */
	void mark(String cohortId) {
		if (cohortId != null) {
			this.marks.mark(cohortId);
		}
	}

	@EventListener
	void on(ReadinessRulesChanged event) {
		this.dashboards.cohortsOfProgram(event.programId()).forEach(this::mark);
	}

	@Scheduled(fixedDelayString = "${readyroom.analytics.dashboard-refresh-interval:200ms}")
	void recompute() {
		long startedAt = System.nanoTime();
		if (!this.pacing.isDue(startedAt)) {
			return;
		}
		try {
			Map<String, Long> marked = this.marks.marked();
			if (marked.isEmpty()) {
				return;
			}
			this.snapshots.catchUp();
			marked.forEach(this::recompute);
			this.pacing.passed(startedAt, System.nanoTime(), this.marks.anyMarked());
		}
		catch (RuntimeException ex) {
			// the marks stay in the store: the next pass, here or elsewhere, takes them
			// up
			log.warn("Could not read the stale cohorts or their changed learner profiles; will try again", ex);
		}
	}

	private void recompute(String cohort, long generation) {
		try {
			this.dashboards.recompute(cohort, this.snapshots.of(cohort).profiles(), generation);
			// measured from the answer that waited longest for this recompute
			this.marks.clear(cohort, generation)
				.map(ClearedMark::oldestAnswerAt)
				.ifPresent((oldest) -> this.onDashboard.since(oldest, this.clock.instant()));
		}
		catch (RuntimeException ex) {
			log.warn("Could not recompute the dashboard of cohort {}; will try again", cohort, ex);
		}
	}

}
