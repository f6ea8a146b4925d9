/**
 * A real Apache Kafka broker in KRaft mode, running inside the launcher's JVM.
 */
@NullMarked
package io.readyroom.local.kafka;

import org.jspecify.annotations.NullMarked;
