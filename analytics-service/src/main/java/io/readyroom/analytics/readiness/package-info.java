/**
 * Readiness: whether a learner meets every requirement of their target role track, with
 * the thresholds of the competency model or their program's own.
 */
package io.readyroom.analytics.readiness;
