package io.readyroom.analytics.activity;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/** One practice session as analytics sees it. */
@Document("practice_activity")
// the same exports, for sessions
@CompoundIndex(def = "{ 'cohortId': 1, 'learnerId': 1 }", useGeneratedName = true)
@CompoundIndex(def = "{ 'programId': 1, 'learnerId': 1 }", useGeneratedName = true)
// the sessions started from a cohort's assignments
@CompoundIndex(def = "{ 'assignmentId': 1 }", useGeneratedName = true)
public record PracticeActivity(@Id String sessionId, String learnerId, String programId, String cohortId,
		String roleTrack, String mode, Instant startedAt, Instant completedAt, int answeredCount) {

	public boolean isCompleted() {
		return this.completedAt != null;
	}

}
