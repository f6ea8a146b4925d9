package io.readyroom.analytics.cohort;

import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

import io.readyroom.analytics.profile.LearnerProfileChanged;
import io.readyroom.analytics.readiness.ReadinessRulesChanged;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Remembers which cohorts changed and recomputes each at most once per refresh interval,
 * however many answers arrived meanwhile: a burst of 1,000 answers costs one recompute,
 * not 1,000. Cohorts are taken off the list before the pass reads what changed, so a
 * change during the pass puts its cohort back and nothing is missed. A pass reads only
 * the profiles changed since the previous one ({@link CohortSnapshots}) and also
 * recomputes the cohorts a learner left. Under a steady stream of changes, passes are
 * paced by {@link RefreshPacing}, so that a full read of a large cohort leaves time for
 * the listeners.
 */
@Component
class StaleCohorts {

	private static final Logger log = LoggerFactory.getLogger(StaleCohorts.class);

	private final Set<String> stale = ConcurrentHashMap.newKeySet();

	private final CohortDashboards dashboards;

	private final CohortSnapshots snapshots;

	private final RefreshPacing pacing = new RefreshPacing();

	StaleCohorts(CohortDashboards dashboards, CohortSnapshots snapshots) {
		this.dashboards = dashboards;
		this.snapshots = snapshots;
	}

	@EventListener
	void on(LearnerProfileChanged event) {
		mark(event.cohortId());
	}

	/** The cohort's figures, or what the dashboard says about the cohort, changed. */
	void mark(String cohortId) {
		if (cohortId != null) {
			this.stale.add(cohortId);
		}
	}

	@EventListener
	void on(ReadinessRulesChanged event) {
		this.dashboards.cohortsOfProgram(event.programId()).forEach(this::mark);
	}

	@Scheduled(fixedDelayString = "${readyroom.analytics.dashboard-refresh-interval:200ms}")
	void recompute() {
		long startedAt = System.nanoTime();
		if (this.stale.isEmpty() || !this.pacing.isDue(startedAt)) {
			return;
		}
		Set<String> cohorts = takeStale();
		try {
			cohorts.addAll(this.snapshots.catchUp());
		}
		catch (RuntimeException ex) {
			this.stale.addAll(cohorts);
			log.warn("Could not read the changed learner profiles; will try again", ex);
			return;
		}
		cohorts.forEach(this::recompute);
		this.pacing.passed(startedAt, System.nanoTime(), !this.stale.isEmpty());
	}

	/** Taken off before the snapshots catch up, so a change after that is not missed. */
	private Set<String> takeStale() {
		Set<String> cohorts = new TreeSet<>(this.stale);
		this.stale.removeAll(cohorts);
		return cohorts;
	}

	private void recompute(String cohort) {
		try {
			this.dashboards.recompute(cohort, this.snapshots.of(cohort).profiles());
		}
		catch (RuntimeException ex) {
			this.stale.add(cohort);
			log.warn("Could not recompute the dashboard of cohort {}; will try again", cohort, ex);
		}
	}

}
