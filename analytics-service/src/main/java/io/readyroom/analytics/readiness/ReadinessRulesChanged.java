package io.readyroom.analytics.readiness;

/** A program's readiness rules changed; its cohorts' readiness figures are stale. */
public record ReadinessRulesChanged(String programId) {

}
