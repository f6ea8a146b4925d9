package io.readyroom.analytics.erasure;

import java.time.Instant;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * An erased learner, named only by digests of their id, since no store may keep the id
 * itself.
 *
 * @param key the digest of the program's id and the learner's id: erased in that program
 * @param programId the program the learner was erased from
 * @param learnerKey the digest of the learner's id alone, for the one event that does not
 * name its program (a completed session)
 * @param cohortIds the cohorts whose figures held the learner
 * @param cohortsChangedAt when the learner's data was last removed from those cohorts'
 * profiles: an in-memory copy of their profiles read before then may still hold the
 * learner
 */
@Document("erased_learners")
// the erasures since a dashboard pass, and a learner erased in any program
@CompoundIndex(def = "{ 'cohortsChangedAt': 1 }", useGeneratedName = true)
@CompoundIndex(def = "{ 'learnerKey': 1 }", useGeneratedName = true)
record ErasedLearner(@Id String key, String programId, String learnerKey, List<String> cohortIds,
		Instant cohortsChangedAt) {

	ErasedLearner {
		cohortIds = (cohortIds != null) ? List.copyOf(cohortIds) : List.of();
	}

}
