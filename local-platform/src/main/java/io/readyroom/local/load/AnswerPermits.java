package io.readyroom.local.load;

import java.util.function.BooleanSupplier;

/**
 * When a learner under load may send its next answer, and when the load is over.
 */
public interface AnswerPermits {

	/** Whether the load still runs; asking takes no permit. */
	boolean remain();

	/**
	 * Takes the permit for one answer, waiting for its turn where the load is paced.
	 * @return false when the load is over
	 */
	boolean take();

	/** As long as {@code condition} holds, each answer may go at once. */
	static AnswerPermits whileTrue(BooleanSupplier condition) {
		return new AnswerPermits() {

			@Override
			public boolean remain() {
				return condition.getAsBoolean();
			}

			@Override
			public boolean take() {
				return condition.getAsBoolean();
			}

		};
	}

}
