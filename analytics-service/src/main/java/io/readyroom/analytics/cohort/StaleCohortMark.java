package io.readyroom.analytics.cohort;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A cohort's mark as {@link StaleCohortMarks} stores it, field by field with atomic
 * updates; declared as a document so that its index is declared like every other.
 *
 * @param generation raised by every change to the cohort's figures
 * @param stale set with each raise, cleared by the recompute of that generation
 * @param oldestAnswerAt when the earliest answer that made the cohort stale was submitted
 */
@Document(StaleCohortMarks.COLLECTION)
// the marked cohorts, read by every dashboard pass
@CompoundIndex(def = "{ 'stale': 1 }", useGeneratedName = true)
record StaleCohortMark(@Id String cohortId, long generation, boolean stale, Instant markedAt,
		@Nullable Instant oldestAnswerAt) {

}
