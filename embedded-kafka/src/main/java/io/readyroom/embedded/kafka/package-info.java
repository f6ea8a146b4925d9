/**
 * A real Apache Kafka broker in KRaft mode inside the JVM: the launcher's and the tests'.
 */
@NullMarked
package io.readyroom.embedded.kafka;

import org.jspecify.annotations.NullMarked;
