/** Metric conventions shared by the services. */
package io.readyroom.support.metrics;
