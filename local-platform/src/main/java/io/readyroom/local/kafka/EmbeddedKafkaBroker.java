package io.readyroom.local.kafka;

import java.nio.file.Path;

import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.common.utils.Time;

/**
 * A real Kafka broker, combined with its KRaft controller, running in this JVM.
 */
public final class EmbeddedKafkaBroker implements AutoCloseable {

	private final KafkaRaftServer server;

	private final String bootstrapServers;

	private EmbeddedKafkaBroker(KafkaRaftServer server, String bootstrapServers) {
		this.server = server;
		this.bootstrapServers = bootstrapServers;
	}

	/**
	 * Starts a broker, formatting the log directory on first use. Returns once the broker
	 * accepts clients, at {@code localhost}.
	 * @param logDirectory where the broker keeps its data
	 * @param bindAddress the address the client listener binds to, e.g. the loopback
	 * address
	 * @param port the client port
	 * @param controllerPort a free port for the controller listener
	 * @return the running broker
	 * @throws Exception if the directory cannot be formatted or the broker does not start
	 */
	public static EmbeddedKafkaBroker start(Path logDirectory, String bindAddress, int port, int controllerPort)
			throws Exception {
		BrokerProperties properties = new BrokerProperties(logDirectory, bindAddress, port, controllerPort);
		new KafkaStorage(logDirectory).formatIfNew();
		KafkaRaftServer server = new KafkaRaftServer(new KafkaConfig(properties.asMap(), false), Time.SYSTEM);
		try {
			server.startup();
		}
		catch (RuntimeException ex) {
			server.shutdown();
			throw ex;
		}
		return new EmbeddedKafkaBroker(server, properties.bootstrapServers());
	}

	public String bootstrapServers() {
		return this.bootstrapServers;
	}

	/**
	 * Shuts down in order: the broker hands back its partitions before the controller
	 * stops.
	 */
	@Override
	public void close() {
		this.server.shutdown();
		this.server.awaitShutdown();
	}

}
