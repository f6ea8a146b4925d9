package io.readyroom.faults;

/**
 * The answer pipeline's events (sessions, answers, scores) sent again twice while new
 * answers flow: nothing may be counted again.
 */
record ReplayedTwice() implements Fault {

	@Override
	public String name() {
		return "events replayed twice";
	}

	@Override
	public void inject(FaultContext context) {
		new EventReplay(context.kafka()).replay(2);
	}

}
