package io.readyroom.session.assignment;

import java.time.Instant;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A new title, a new due date, or both; what is left out stays. What an assignment asks
 * is not changed under learners who may have started it: that takes a new assignment.
 */
record ChangeAssignmentRequest(
		@Size(max = AssignRequest.MAX_TITLE) @Pattern(regexp = ".*\\S.*", message = "must not be blank") String title,
		Instant dueAt) {

}
