package io.readyroom.session.assignment;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/** Where a learner is with an assignment. */
enum AssignmentStatus {

	/** Not done yet, and not due yet. */
	@JsonProperty("due")
	DUE,

	/** Completed by the due date. */
	@JsonProperty("done")
	DONE,

	/** Completed after the due date. */
	@JsonProperty("done-late")
	DONE_LATE,

	/** Not done, and the due date has passed. */
	@JsonProperty("overdue")
	OVERDUE;

	static AssignmentStatus of(Instant dueAt, @Nullable Instant completedAt, Instant now) {
		if (completedAt != null) {
			return completedAt.isAfter(dueAt) ? DONE_LATE : DONE;
		}
		return now.isAfter(dueAt) ? OVERDUE : DUE;
	}

	boolean isDone() {
		return this == DONE || this == DONE_LATE;
	}

}
