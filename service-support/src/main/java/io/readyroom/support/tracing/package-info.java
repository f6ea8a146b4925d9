/**
 * Tracing across Kafka for batch listeners: a span per consumed record, the child of the
 * trace its {@code traceparent} header carries, so the events a record causes and the log
 * lines written while handling it stay in the trace of the request that started it.
 */
@NullMarked
package io.readyroom.support.tracing;

import org.jspecify.annotations.NullMarked;
