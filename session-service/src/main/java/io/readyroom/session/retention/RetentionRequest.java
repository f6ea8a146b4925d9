package io.readyroom.session.retention;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.jspecify.annotations.Nullable;

/**
 * A program's new retention period: whole days, or {@code null} to keep answer text for
 * as long as the program runs.
 */
record RetentionRequest(@Nullable @Min(1) @Max(RetentionRequest.MAX_DAYS) Integer answerTextDays) {

	/** A hundred years: beyond it, "forever" says what is meant. */
	static final int MAX_DAYS = 36_500;

}
