package io.readyroom.faults;

import java.util.List;

/**
 * One way the platform is broken while learners practise. {@link #inject} breaks it and
 * brings it back; the suite then waits for the backlog to drain and checks that every
 * acknowledged answer was scored and counted exactly once.
 */
interface Fault {

	String name();

	/** Breaks the part and returns once the stack is whole again. */
	void inject(FaultContext context);

	/**
	 * Whether the fault's own effects are over (e.g. poison dead-lettered); asked until
	 * true, bounded.
	 */
	default boolean recovered(FaultContext context) {
		return true;
	}

	/** What went wrong that the answer counts do not show; empty when nothing did. */
	default List<String> problems(FaultContext context) {
		return List.of();
	}

}
