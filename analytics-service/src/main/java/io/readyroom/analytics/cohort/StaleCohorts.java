package io.readyroom.analytics.cohort;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
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
 * not 1,000. A cohort is taken off the list before it is recomputed, so a change during
 * the recompute puts it back and nothing is missed. Under a steady stream of changes,
 * passes are paced by {@link RefreshPacing}, so recomputing large cohorts leaves time for
 * the listeners.
 */
@Component
class StaleCohorts {

	private static final Logger log = LoggerFactory.getLogger(StaleCohorts.class);

	private final Set<String> stale = ConcurrentHashMap.newKeySet();

	private final CohortDashboards dashboards;

	private final RefreshPacing pacing = new RefreshPacing();

	StaleCohorts(CohortDashboards dashboards) {
		this.dashboards = dashboards;
	}

	@EventListener
	void on(LearnerProfileChanged event) {
		this.stale.add(event.cohortId());
	}

	@EventListener
	void on(ReadinessRulesChanged event) {
		this.stale.addAll(this.dashboards.cohortsOfProgram(event.programId()));
	}

	@Scheduled(fixedDelayString = "${readyroom.analytics.dashboard-refresh-interval:200ms}")
	void recompute() {
		long startedAt = System.nanoTime();
		if (this.stale.isEmpty() || !this.pacing.isDue(startedAt)) {
			return;
		}
		List<String> cohorts = new ArrayList<>(this.stale);
		for (String cohort : cohorts) {
			this.stale.remove(cohort);
			try {
				this.dashboards.recompute(cohort);
			}
			catch (RuntimeException ex) {
				this.stale.add(cohort);
				log.warn("Could not recompute the dashboard of cohort {}; will try again", cohort, ex);
			}
		}
		this.pacing.passed(startedAt, System.nanoTime(), !this.stale.isEmpty());
	}

}
