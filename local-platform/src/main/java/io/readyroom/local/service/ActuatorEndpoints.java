package io.readyroom.local.service;

/**
 * The Spring Boot actuator paths every Readyroom service exposes.
 */
public final class ActuatorEndpoints {

	public static final String READINESS = "/actuator/health/readiness";

	public static final String LIVENESS = "/actuator/health/liveness";

	public static final String PROMETHEUS = "/actuator/prometheus";

	private ActuatorEndpoints() {
	}

}
