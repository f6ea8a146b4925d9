package io.readyroom.analytics.cohort;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How the in-memory snapshots of cohorts' profiles ({@link CohortSnapshots}) are kept
 * exact.
 *
 * @param fullReadInterval how long a snapshot is trusted before it is read afresh from
 * the store; bounds any drift the change reads could miss
 * @param changeMargin how far before the previous read of changes the next one starts:
 * must exceed the time between a profile's {@code updatedAt} being taken and its write
 * becoming visible, plus the clock skew between instances
 */
@ConfigurationProperties("readyroom.analytics.dashboard-snapshots")
record CohortSnapshotSettings(Duration fullReadInterval, Duration changeMargin) {

	CohortSnapshotSettings {
		fullReadInterval = (fullReadInterval != null) ? fullReadInterval : Duration.ofMinutes(1);
		changeMargin = (changeMargin != null) ? changeMargin : Duration.ofSeconds(1);
	}

}
