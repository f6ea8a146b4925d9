package io.readyroom.faults;

/**
 * The document store shut down cleanly (SIGTERM to its launcher) and started again: the
 * services' writes fail meanwhile and must be retried, not lost or dead-lettered.
 */
record StoreStoppedAndStarted() implements Fault {

	@Override
	public String name() {
		return "document store stopped and started";
	}

	@Override
	public void inject(FaultContext context) {
		context.stack().stopGracefully(StackPart.STORE);
		context.stack().restart(StackPart.STORE);
	}

}
