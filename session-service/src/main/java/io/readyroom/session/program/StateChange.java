package io.readyroom.session.program;

import org.jspecify.annotations.Nullable;

/**
 * A new state and the stored one it replaces, {@code null} when there was none. A change
 * whose new state is the old one is no change: nothing is stored or published.
 */
record StateChange<T extends ProgramState>(@Nullable T before, T after) {

	static <T extends ProgramState> StateChange<T> unchanged(T state) {
		return new StateChange<>(state, state);
	}

	boolean changes() {
		return this.before != this.after;
	}

}
