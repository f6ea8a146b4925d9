package io.readyroom.session.retention;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** A program's retention period as its director reads it. */
record RetentionView(String programId, @Nullable Integer answerTextDays, boolean keptForever,
		@Nullable String changedBy, @Nullable Instant changedAt) {

	static RetentionView of(RetentionPolicy policy) {
		return new RetentionView(policy.programId(), policy.answerTextDays(), policy.answerTextDays() == null,
				policy.changedBy(), policy.changedAt());
	}

}
