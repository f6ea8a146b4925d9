package io.readyroom.testsupport;

import java.net.InetSocketAddress;
import java.util.List;

import com.mongodb.ConnectionString;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;

import org.springframework.boot.kafka.autoconfigure.KafkaConnectionDetails;
import org.springframework.boot.mongodb.autoconfigure.MongoConnectionDetails;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

/**
 * A real Kafka broker in KRaft mode and mongo-java-server, both in the test's JVM on free
 * ports; the service connects to them through Boot's connection details, as it would to
 * real servers.
 */
@TestConfiguration(proxyBeanMethods = false)
public class EmbeddedInfrastructure {

	@Bean(destroyMethod = "destroy")
	EmbeddedKafkaKraftBroker embeddedKafkaBroker() {
		EmbeddedKafkaKraftBroker broker = new EmbeddedKafkaKraftBroker(1, 3);
		broker.afterPropertiesSet();
		return broker;
	}

	@Bean
	KafkaConnectionDetails embeddedKafkaConnection(EmbeddedKafkaKraftBroker broker) {
		return () -> List.of(broker.getBrokersAsString().split(","));
	}

	@Bean(destroyMethod = "shutdownNow")
	MongoServer embeddedMongoServer() {
		MongoServer server = new MongoServer(new MemoryBackend());
		server.bind("localhost", 0);
		return server;
	}

	@Bean
	MongoConnectionDetails embeddedMongoConnection(MongoServer server) {
		InetSocketAddress address = server.getLocalAddress();
		return () -> new ConnectionString("mongodb://" + address.getHostString() + ":" + address.getPort());
	}

}
