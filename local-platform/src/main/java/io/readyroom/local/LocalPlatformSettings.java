package io.readyroom.local;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * What to start and where: data directory, ports, and which infrastructure is external.
 *
 * @param dataDirectory holds {@code kafka/}, {@code mongo/} and {@code logs/}; kept
 * across restarts
 * @param projectRoot the directory holding the root POM, under which the service jars are
 * built
 * @param kafkaPort port of the embedded broker's client listener
 * @param externalKafkaBootstrap bootstrap servers of a running Kafka to use instead of
 * the embedded broker, or {@code null} to embed one
 * @param mongoPort port of the embedded document store
 * @param externalMongoUri connection string of a running MongoDB to use instead of the
 * embedded store, or {@code null} to embed one
 * @param identityPort HTTP port of the identity server, which issues the tokens the
 * services accept; it runs whenever services do
 * @param webPort HTTP port of the web app, the pages people open; it runs whenever
 * services do
 * @param servicePorts the services to launch and the HTTP port of each; empty starts the
 * infrastructure only
 * @param readinessTimeout how long the services together may take to become ready
 * @param listenAll whether every part listens on all network interfaces rather than on
 * the loopback address only
 * @param demoMode whether the identity server lists its demo accounts and their passwords
 * (on {@code /demo-accounts} and its sign-in page) and session-service accepts practice
 * dated in the past ({@code readyroom.practice.backdating-allowed}), as the demo's
 * simulated learners' history needs: what {@code ./readyroom --demo} wants
 */
public record LocalPlatformSettings(Path dataDirectory, Path projectRoot, int kafkaPort,
		@Nullable String externalKafkaBootstrap, int mongoPort, @Nullable String externalMongoUri, int identityPort,
		int webPort, Map<ReadyroomService, Integer> servicePorts, Duration readinessTimeout, boolean listenAll,
		boolean demoMode) {

	public static final Duration DEFAULT_READINESS_TIMEOUT = Duration.ofSeconds(180);

	public static final int DEFAULT_KAFKA_PORT = 9092;

	public static final int DEFAULT_MONGO_PORT = 27017;

	public static final int DEFAULT_IDENTITY_PORT = 9000;

	public static final int DEFAULT_WEB_PORT = 8080;

	/** The IPv4 loopback address, where everything listens by default. */
	public static final String LOOPBACK = "127.0.0.1";

	/** Every IPv4 interface, for {@code --listen-all}. */
	public static final String ALL_INTERFACES = "0.0.0.0";

	/** The identity server's module, and so its jar's name. */
	public static final String IDENTITY_SERVER = "identity-server";

	/** The web app's module, and so its jar's name. */
	public static final String WEB_APP = "web-app";

	public LocalPlatformSettings {
		dataDirectory = dataDirectory.toAbsolutePath().normalize();
		projectRoot = projectRoot.toAbsolutePath().normalize();
		requireValidPort("Kafka port", kafkaPort);
		requireValidPort("MongoDB port", mongoPort);
		requireValidPort("identity server port", identityPort);
		requireValidPort("web app port", webPort);
		servicePorts.forEach((service, port) -> requireValidPort(service.artifactId() + " port", port));
		if (readinessTimeout.isNegative() || readinessTimeout.isZero()) {
			throw new IllegalArgumentException("readiness timeout must be positive, not " + readinessTimeout);
		}
		servicePorts = Collections.unmodifiableMap(
				servicePorts.isEmpty() ? new EnumMap<>(ReadyroomService.class) : new EnumMap<>(servicePorts));
	}

	/**
	 * Embedded Kafka and document store, the identity server, all three services and the
	 * web app, on their usual ports.
	 * @param dataDirectory where the platform keeps its data
	 * @param projectRoot the directory holding the root POM
	 * @return the settings
	 */
	public static LocalPlatformSettings defaults(Path dataDirectory, Path projectRoot) {
		Map<ReadyroomService, Integer> servicePorts = new EnumMap<>(ReadyroomService.class);
		for (ReadyroomService service : ReadyroomService.values()) {
			servicePorts.put(service, service.defaultPort());
		}
		return new LocalPlatformSettings(dataDirectory, projectRoot, DEFAULT_KAFKA_PORT, null, DEFAULT_MONGO_PORT, null,
				DEFAULT_IDENTITY_PORT, DEFAULT_WEB_PORT, servicePorts, DEFAULT_READINESS_TIMEOUT, false, false);
	}

	/**
	 * Like {@link #defaults}, but every port is one that is free right now, so a test can
	 * run beside anything else on the machine.
	 * @param dataDirectory where the platform keeps its data
	 * @param projectRoot the directory holding the root POM
	 * @return the settings
	 */
	public static LocalPlatformSettings onFreePorts(Path dataDirectory, Path projectRoot) {
		LocalPlatformSettings settings = defaults(dataDirectory, projectRoot).withKafkaPort(FreePorts.pick())
			.withMongoPort(FreePorts.pick())
			.withIdentityPort(FreePorts.pick())
			.withWebPort(FreePorts.pick());
		for (ReadyroomService service : ReadyroomService.values()) {
			settings = settings.withServicePort(service, FreePorts.pick());
		}
		return settings;
	}

	public LocalPlatformSettings withDataDirectory(Path directory) {
		return new LocalPlatformSettings(directory, this.projectRoot, this.kafkaPort, this.externalKafkaBootstrap,
				this.mongoPort, this.externalMongoUri, this.identityPort, this.webPort, this.servicePorts,
				this.readinessTimeout, this.listenAll, this.demoMode);
	}

	public LocalPlatformSettings withKafkaPort(int port) {
		return new LocalPlatformSettings(this.dataDirectory, this.projectRoot, port, this.externalKafkaBootstrap,
				this.mongoPort, this.externalMongoUri, this.identityPort, this.webPort, this.servicePorts,
				this.readinessTimeout, this.listenAll, this.demoMode);
	}

	public LocalPlatformSettings withExternalKafka(String bootstrapServers) {
		return new LocalPlatformSettings(this.dataDirectory, this.projectRoot, this.kafkaPort, bootstrapServers,
				this.mongoPort, this.externalMongoUri, this.identityPort, this.webPort, this.servicePorts,
				this.readinessTimeout, this.listenAll, this.demoMode);
	}

	public LocalPlatformSettings withMongoPort(int port) {
		return new LocalPlatformSettings(this.dataDirectory, this.projectRoot, this.kafkaPort,
				this.externalKafkaBootstrap, port, this.externalMongoUri, this.identityPort, this.webPort,
				this.servicePorts, this.readinessTimeout, this.listenAll, this.demoMode);
	}

	public LocalPlatformSettings withExternalMongo(String connectionString) {
		return new LocalPlatformSettings(this.dataDirectory, this.projectRoot, this.kafkaPort,
				this.externalKafkaBootstrap, this.mongoPort, connectionString, this.identityPort, this.webPort,
				this.servicePorts, this.readinessTimeout, this.listenAll, this.demoMode);
	}

	public LocalPlatformSettings withIdentityPort(int port) {
		return new LocalPlatformSettings(this.dataDirectory, this.projectRoot, this.kafkaPort,
				this.externalKafkaBootstrap, this.mongoPort, this.externalMongoUri, port, this.webPort,
				this.servicePorts, this.readinessTimeout, this.listenAll, this.demoMode);
	}

	public LocalPlatformSettings withWebPort(int port) {
		return new LocalPlatformSettings(this.dataDirectory, this.projectRoot, this.kafkaPort,
				this.externalKafkaBootstrap, this.mongoPort, this.externalMongoUri, this.identityPort, port,
				this.servicePorts, this.readinessTimeout, this.listenAll, this.demoMode);
	}

	public LocalPlatformSettings withServicePort(ReadyroomService service, int port) {
		Map<ReadyroomService, Integer> servicePorts = new EnumMap<>(ReadyroomService.class);
		servicePorts.putAll(this.servicePorts);
		servicePorts.put(service, port);
		return withServicePorts(servicePorts);
	}

	/**
	 * Only Kafka and the document store, without the identity server, the services and
	 * the web app, for running them from an IDE or for testing the infrastructure itself.
	 * @return the settings without services
	 */
	public LocalPlatformSettings withoutServices() {
		return withServicePorts(Map.of());
	}

	public LocalPlatformSettings withReadinessTimeout(Duration timeout) {
		return new LocalPlatformSettings(this.dataDirectory, this.projectRoot, this.kafkaPort,
				this.externalKafkaBootstrap, this.mongoPort, this.externalMongoUri, this.identityPort, this.webPort,
				this.servicePorts, timeout, this.listenAll, this.demoMode);
	}

	private LocalPlatformSettings withServicePorts(Map<ReadyroomService, Integer> servicePorts) {
		return new LocalPlatformSettings(this.dataDirectory, this.projectRoot, this.kafkaPort,
				this.externalKafkaBootstrap, this.mongoPort, this.externalMongoUri, this.identityPort, this.webPort,
				servicePorts, this.readinessTimeout, this.listenAll, this.demoMode);
	}

	/**
	 * Every part on all network interfaces, reachable from other machines; only for a
	 * network one trusts, since the demo accounts are known to all.
	 * @return the settings, listening on every interface
	 */
	public LocalPlatformSettings listeningOnAllInterfaces() {
		return new LocalPlatformSettings(this.dataDirectory, this.projectRoot, this.kafkaPort,
				this.externalKafkaBootstrap, this.mongoPort, this.externalMongoUri, this.identityPort, this.webPort,
				this.servicePorts, this.readinessTimeout, true, this.demoMode);
	}

	/**
	 * With the identity server listing its demo accounts and their passwords, as the demo
	 * program's simulated learners and the token command without a password need, and
	 * session-service accepting practice dated in the past, as their history needs.
	 * @return the settings in demo mode
	 */
	public LocalPlatformSettings inDemoMode() {
		return new LocalPlatformSettings(this.dataDirectory, this.projectRoot, this.kafkaPort,
				this.externalKafkaBootstrap, this.mongoPort, this.externalMongoUri, this.identityPort, this.webPort,
				this.servicePorts, this.readinessTimeout, this.listenAll, true);
	}

	/**
	 * @return the address every server binds to: the loopback address unless asked to
	 * listen on all interfaces
	 */
	public String bindAddress() {
		return this.listenAll ? ALL_INTERFACES : LOOPBACK;
	}

	public boolean embedsKafka() {
		return this.externalKafkaBootstrap == null;
	}

	public boolean embedsMongo() {
		return this.externalMongoUri == null;
	}

	/**
	 * Whether the identity server runs: it does whenever a service does, since the
	 * services accept only its tokens.
	 */
	public boolean runsIdentityServer() {
		return !this.servicePorts.isEmpty();
	}

	/**
	 * @return the issuer of the tokens the services accept, the identity server's base
	 * URL
	 */
	public URI issuerUri() {
		return URI.create("http://localhost:" + this.identityPort);
	}

	/**
	 * Whether the web app runs: it does whenever the services do, as their front door.
	 */
	public boolean runsWebApp() {
		return !this.servicePorts.isEmpty();
	}

	/**
	 * @return the web app's address, the one URL people open. The loopback IP rather than
	 * {@code localhost}, since the identity server accepts only the IP as a local
	 * client's address to return to (RFC 8252)
	 */
	public URI frontDoor() {
		return URI.create("http://127.0.0.1:" + this.webPort);
	}

	/**
	 * @return where the build puts the web app's executable jar
	 */
	public Path webAppJar() {
		return this.projectRoot.resolve(WEB_APP).resolve("target").resolve(WEB_APP + ".jar");
	}

	/**
	 * @return where the build puts the identity server's executable jar
	 */
	public Path identityServerJar() {
		return this.projectRoot.resolve(IDENTITY_SERVER).resolve("target").resolve(IDENTITY_SERVER + ".jar");
	}

	public Path kafkaDirectory() {
		return this.dataDirectory.resolve("kafka");
	}

	public Path mongoDirectory() {
		return this.dataDirectory.resolve("mongo");
	}

	public Path logDirectory() {
		return this.dataDirectory.resolve("logs");
	}

	private static void requireValidPort(String what, int port) {
		if (port < 1 || port > 65535) {
			throw new IllegalArgumentException(what + " must be between 1 and 65535, not " + port);
		}
	}

}
