package io.readyroom.analytics.activity;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** One practice session as analytics sees it. */
@Document("practice_activity")
public record PracticeActivity(@Id String sessionId, String learnerId, String programId, String cohortId,
		String roleTrack, String mode, Instant startedAt, Instant completedAt, int answeredCount) {

	public boolean isCompleted() {
		return this.completedAt != null;
	}

}
