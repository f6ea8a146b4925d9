package io.readyroom.testsupport;

import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.mongodb.MongoDBContainer;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.testcontainers.service.connection.ServiceConnection;
import org.springframework.context.annotation.Bean;

/**
 * Real Apache Kafka and MongoDB (a single-node replica set) in containers, pinned to the
 * versions docker-compose.yml deploys. Test classes that import it carry
 * {@code @Testcontainers(disabledWithoutDocker = true)} so they step aside where there is
 * no Docker.
 */
@TestConfiguration(proxyBeanMethods = false)
public class ContainerInfrastructure {

	public static final String KAFKA_IMAGE = "apache/kafka:4.2.1";

	public static final String MONGODB_IMAGE = "mongo:8.0.4";

	@Bean
	@ServiceConnection
	KafkaContainer kafkaContainer() {
		return new KafkaContainer(KAFKA_IMAGE);
	}

	@Bean
	@ServiceConnection
	MongoDBContainer mongoContainer() {
		return new MongoDBContainer(MONGODB_IMAGE);
	}

}
