package io.readyroom.analytics.cohort;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import io.readyroom.analytics.profile.LearnerProfile;

/** The profiles of one cohort's learners as last read from the store, by learner id. */
final class CohortSnapshot {

	private final String cohortId;

	private final Instant readAt;

	private final Map<String, LearnerProfile> profiles = new HashMap<>();

	/**
	 * @param readAt when the full read of the cohort's profiles started
	 */
	CohortSnapshot(String cohortId, Instant readAt) {
		this.cohortId = cohortId;
		this.readAt = readAt;
	}

	String cohortId() {
		return this.cohortId;
	}

	boolean readBefore(Instant instant) {
		return this.readAt.isBefore(instant);
	}

	/**
	 * Takes a profile read from the store: into the snapshot if the learner belongs to
	 * this cohort, out of it if the learner has moved to another.
	 * @return whether the snapshot changed
	 */
	boolean take(LearnerProfile profile) {
		if (this.cohortId.equals(profile.cohortId())) {
			return !profile.equals(this.profiles.put(profile.learnerId(), profile));
		}
		return this.profiles.remove(profile.learnerId()) != null;
	}

	Collection<LearnerProfile> profiles() {
		return this.profiles.values();
	}

}
