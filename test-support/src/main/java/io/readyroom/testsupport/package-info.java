/**
 * Infrastructure for integration tests: import {@link EmbeddedInfrastructure} to run
 * against an embedded KRaft broker and MongoDB-compatible store, or
 * {@link ContainerInfrastructure} to run the same test against real Kafka and MongoDB
 * containers.
 */
package io.readyroom.testsupport;
