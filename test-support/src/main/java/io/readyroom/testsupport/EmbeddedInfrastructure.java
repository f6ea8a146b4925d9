package io.readyroom.testsupport;

import java.net.InetSocketAddress;
import java.util.List;

import com.mongodb.ConnectionString;
import io.readyroom.embedded.kafka.EmbeddedKafkaBroker;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;

import org.springframework.boot.kafka.autoconfigure.KafkaConnectionDetails;
import org.springframework.boot.mongodb.autoconfigure.MongoConnectionDetails;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * A real Kafka broker in KRaft mode and mongo-java-server, both in the test's JVM on free
 * ports; the service connects to them through Boot's connection details, as it would to
 * real servers.
 */
@TestConfiguration(proxyBeanMethods = false)
public class EmbeddedInfrastructure {

	/** The launcher's broker, in a temporary directory. */
	@Bean(destroyMethod = "close")
	EmbeddedKafkaBroker embeddedKafkaBroker() throws Exception {
		return EmbeddedKafkaBroker.startTemporary(3);
	}

	@Bean
	KafkaConnectionDetails embeddedKafkaConnection(EmbeddedKafkaBroker broker) {
		return () -> List.of(broker.bootstrapServers());
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
