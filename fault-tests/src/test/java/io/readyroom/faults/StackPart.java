package io.readyroom.faults;

/**
 * A process of the stack the suite can break: the two infrastructure launchers (on
 * {@code ./readyroom} one launcher holds both), the identity server and the services.
 */
enum StackPart {

	/** {@code local-platform-exec.jar --infrastructure-only} running the Kafka broker. */
	BROKER("broker"),

	/**
	 * {@code local-platform-exec.jar --infrastructure-only} running the document store.
	 */
	STORE("store"),

	IDENTITY_SERVER("identity-server"),

	SESSION_SERVICE("session-service"),

	SCORING_SERVICE("scoring-service"),

	ANALYTICS_SERVICE("analytics-service"),

	/**
	 * A second analytics-service in the same consumer group, for the two-instance fault.
	 */
	SECOND_ANALYTICS_SERVICE("analytics-service-2");

	private final String processName;

	StackPart(String processName) {
		this.processName = processName;
	}

	String processName() {
		return this.processName;
	}

}
