package io.readyroom.analytics.cohort;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import io.readyroom.analytics.CursorBatches;
import io.readyroom.analytics.erasure.ErasedLearners;
import io.readyroom.analytics.profile.LearnerProfile;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * Keeps the profiles of recently recomputed cohorts in memory, so that a recompute reads
 * from the store only the profiles that changed since the previous one instead of the
 * whole cohort (48 MB for 10,000 learners of three answers). The store stays the source
 * of truth: every pass first reads what changed there, whichever instance wrote it, so a
 * snapshot after {@link #catchUp()} holds what a full read would. A snapshot is read
 * afresh once it is older than the full-read interval, which bounds drift from anything
 * the change reads could miss, and frees the memory of cohorts nobody changes. A removed
 * profile leaves no change to read: the snapshot of a cohort that lost an erased learner
 * is dropped and read afresh.
 * <p>
 * Used by the one thread that recomputes dashboards; not thread-safe.
 */
@Component
class CohortSnapshots {

	private final MongoTemplate mongo;

	private final Clock clock;

	private final CohortSnapshotSettings settings;

	private final ErasedLearners erased;

	private final Map<String, CohortSnapshot> held = new HashMap<>();

	private Instant changesReadAt;

	CohortSnapshots(MongoTemplate mongo, Clock clock, CohortSnapshotSettings settings, ErasedLearners erased) {
		this.mongo = mongo;
		this.clock = clock;
		this.settings = settings;
		this.erased = erased;
	}

	/**
	 * Brings every held snapshot up to the store: takes in each profile written since the
	 * previous catch-up (less the margin), and drops snapshots due for a full read.
	 * @return the cohorts whose snapshot changed, including cohorts a learner left
	 */
	Set<String> catchUp() {
		Instant now = this.clock.instant();
		this.held.values().removeIf((snapshot) -> snapshot.readBefore(now.minus(this.settings.fullReadInterval())));
		Set<String> changed = new HashSet<>();
		if (!this.held.isEmpty() && this.changesReadAt != null) {
			try (Stream<LearnerProfile> profiles = this.mongo.stream(changedSince(this.changesReadAt),
					LearnerProfile.class)) {
				profiles.forEach((profile) -> changed.addAll(take(profile)));
				changed.addAll(dropErasedFrom(this.changesReadAt));
			}
			catch (RuntimeException ex) {
				// what was taken in is no longer reported as a change next time: start
				// over from full reads rather than miss a cohort
				this.held.clear();
				throw ex;
			}
		}
		this.changesReadAt = now;
		return changed;
	}

	/** The cohort's snapshot, read in full from the store unless one is held. */
	CohortSnapshot of(String cohortId) {
		CohortSnapshot snapshot = this.held.get(cohortId);
		if (snapshot == null) {
			snapshot = readFully(cohortId);
			this.held.put(cohortId, snapshot);
		}
		return snapshot;
	}

	private CohortSnapshot readFully(String cohortId) {
		CohortSnapshot snapshot = new CohortSnapshot(cohortId, this.clock.instant());
		try (Stream<LearnerProfile> profiles = this.mongo
			.stream(CursorBatches.sized(CohortDashboards.ofCohort(cohortId)), LearnerProfile.class)) {
			profiles.forEach(snapshot::take);
		}
		return snapshot;
	}

	private Set<String> dropErasedFrom(Instant readAt) {
		Set<String> dropped = new HashSet<>();
		for (String cohortId : this.erased.cohortsChangedSince(readAt.minus(this.settings.changeMargin()))) {
			if (this.held.remove(cohortId) != null) {
				dropped.add(cohortId);
			}
		}
		return dropped;
	}

	private Set<String> take(LearnerProfile profile) {
		Set<String> changed = new HashSet<>();
		for (CohortSnapshot snapshot : this.held.values()) {
			if (snapshot.take(profile)) {
				changed.add(snapshot.cohortId());
			}
		}
		return changed;
	}

	private Query changedSince(Instant readAt) {
		Instant from = readAt.minus(this.settings.changeMargin());
		return CursorBatches.sized(Query.query(Criteria.where("updatedAt").gte(from)));
	}

}
