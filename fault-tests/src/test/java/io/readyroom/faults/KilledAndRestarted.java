package io.readyroom.faults;

import java.util.List;

/**
 * kill -9 of one or more processes at once, then each started again. The launcher of
 * {@code ./readyroom} holds the broker and the store in one process; killing both of the
 * suite's infrastructure processes together is that launcher's kill -9.
 */
record KilledAndRestarted(String name, List<StackPart> parts) implements Fault {

	static KilledAndRestarted scoringService() {
		return new KilledAndRestarted("kill -9 scoring-service", List.of(StackPart.SCORING_SERVICE));
	}

	static KilledAndRestarted analyticsService() {
		return new KilledAndRestarted("kill -9 analytics-service", List.of(StackPart.ANALYTICS_SERVICE));
	}

	static KilledAndRestarted launcher() {
		return new KilledAndRestarted("kill -9 launcher (broker + store)", List.of(StackPart.BROKER, StackPart.STORE));
	}

	@Override
	public void inject(FaultContext context) {
		this.parts.forEach(context.stack()::killHard);
		this.parts.forEach(context.stack()::restart);
	}

}
