package io.readyroom.embedded.kafka;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.common.utils.Time;
import org.jspecify.annotations.Nullable;

/**
 * A real Kafka broker, combined with its KRaft controller, running in this JVM: the
 * launcher's, in its data directory, and the tests', in a temporary one.
 */
public final class EmbeddedKafkaBroker implements AutoCloseable {

	private final KafkaRaftServer server;

	private final String bootstrapServers;

	private final @Nullable Path temporaryDirectory;

	private EmbeddedKafkaBroker(KafkaRaftServer server, String bootstrapServers, @Nullable Path temporaryDirectory) {
		this.server = server;
		this.bootstrapServers = bootstrapServers;
		this.temporaryDirectory = temporaryDirectory;
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
		return start(properties, properties.asMap(), null);
	}

	/**
	 * Starts a broker for tests: in a new temporary directory, which {@link #close()}
	 * deletes, on free loopback ports.
	 * @param partitions how many partitions a topic gets when it is created on first use
	 * @return the running broker
	 * @throws Exception if the broker does not start
	 */
	public static EmbeddedKafkaBroker startTemporary(int partitions) throws Exception {
		Path directory = Files.createTempDirectory("embedded-kafka");
		BrokerProperties properties = new BrokerProperties(directory, BrokerProperties.LOOPBACK, freePort(),
				freePort());
		Map<String, String> configuration = properties.asMap();
		configuration.put("num.partitions", Integer.toString(partitions));
		return start(properties, configuration, directory);
	}

	private static EmbeddedKafkaBroker start(BrokerProperties properties, Map<String, String> configuration,
			@Nullable Path temporaryDirectory) throws Exception {
		new KafkaStorage(properties.logDirectory()).formatIfNew();
		KafkaRaftServer server = new KafkaRaftServer(new KafkaConfig(configuration, false), Time.SYSTEM);
		try {
			server.startup();
		}
		catch (RuntimeException ex) {
			server.shutdown();
			throw ex;
		}
		return new EmbeddedKafkaBroker(server, properties.bootstrapServers(), temporaryDirectory);
	}

	public String bootstrapServers() {
		return this.bootstrapServers;
	}

	/**
	 * Shuts down in order: the broker hands back its partitions before the controller
	 * stops. A temporary broker's directory is deleted.
	 */
	@Override
	public void close() {
		this.server.shutdown();
		this.server.awaitShutdown();
		if (this.temporaryDirectory != null) {
			delete(this.temporaryDirectory);
		}
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			return socket.getLocalPort();
		}
	}

	private static void delete(Path directory) {
		try (Stream<Path> paths = Files.walk(directory)) {
			for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
				Files.deleteIfExists(path);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot delete the embedded broker's directory " + directory, ex);
		}
	}

}
