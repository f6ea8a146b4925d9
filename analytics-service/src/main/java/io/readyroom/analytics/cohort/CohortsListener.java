package io.readyroom.analytics.cohort;

import io.readyroom.analytics.membership.ProgramCohorts;
import io.readyroom.contracts.CohortChanged;
import io.readyroom.contracts.Topics;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

@Component
class CohortsListener {

	private final ProgramCohorts cohorts;

	private final StaleCohorts stale;

	CohortsListener(ProgramCohorts cohorts, StaleCohorts stale) {
		this.cohorts = cohorts;
		this.stale = stale;
	}

	/** The dashboard carries the cohort's name and whether its term ended. */
	@KafkaListener(topics = Topics.COHORTS,
			properties = "spring.json.value.default.type=io.readyroom.contracts.CohortChanged")
	void on(CohortChanged event) {
		this.cohorts.record(event);
		this.stale.mark(event.cohortId());
	}

}
