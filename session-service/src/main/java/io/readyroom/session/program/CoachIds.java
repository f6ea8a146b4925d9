package io.readyroom.session.program;

import java.util.List;

import io.readyroom.session.practice.Ids;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The coaches who look after a cohort, by user id; an empty list leaves it without. */
record CoachIds(@NotNull @Size(
		max = MAX_COACHES) List<@NotNull @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String> coachIds) {

	/** More than any cohort has; a longer list is a mistake. */
	static final int MAX_COACHES = 50;

	/** Each coach once, in the order given. */
	List<String> distinct() {
		return this.coachIds.stream().distinct().toList();
	}

}
