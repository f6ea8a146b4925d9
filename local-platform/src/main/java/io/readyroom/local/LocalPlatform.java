package io.readyroom.local;

import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.function.Consumer;

import io.readyroom.local.identity.DemoAccount;
import io.readyroom.local.identity.DemoAccounts;
import io.readyroom.local.identity.SignInException;
import io.readyroom.embedded.kafka.EmbeddedKafkaBroker;
import io.readyroom.local.mongo.EmbeddedDocumentStore;
import io.readyroom.local.service.RunningServices;
import io.readyroom.local.service.ServiceLaunch;
import io.readyroom.local.service.ServiceStartException;
import org.jspecify.annotations.Nullable;

/**
 * The whole platform on one machine: Kafka, the document store, the identity server, the
 * services and the web app, started in that order and stopped in reverse.
 *
 * <pre>{@code
 * try (LocalPlatform platform = LocalPlatform.start(LocalPlatformSettings.onFreePorts(dataDir, root))) {
 *     URI sessions = platform.baseUrl(ReadyroomService.SESSION);
 * }
 * }</pre>
 */
public final class LocalPlatform implements AutoCloseable {

	private final LocalPlatformSettings settings;

	private final ProgressReport progress;

	private final ShutdownSequence shutdown;

	private final CountDownLatch stopped = new CountDownLatch(1);

	private volatile @Nullable String kafkaBootstrap;

	private volatile @Nullable String mongoUri;

	private volatile List<DemoAccount> demoAccounts = List.of();

	/**
	 * A platform that is not started yet; {@link #startAll()} starts it. Use this instead
	 * of {@link #start(LocalPlatformSettings)} when another thread may need to stop it
	 * while it starts, as the start command's Ctrl-C handler does.
	 * @param settings what to start and where
	 * @param console receives progress lines
	 */
	public LocalPlatform(LocalPlatformSettings settings, PrintStream console) {
		this.settings = settings;
		this.progress = new ProgressReport(console);
		this.shutdown = new ShutdownSequence(this.progress::step);
	}

	/**
	 * Starts everything the settings ask for and returns once every service is ready.
	 * @param settings what to start and where
	 * @return the running platform; close it to stop everything
	 * @throws PlatformStartException if a part does not start; the parts already started
	 * are stopped again
	 */
	public static LocalPlatform start(LocalPlatformSettings settings) {
		return start(settings, System.out);
	}

	/**
	 * Like {@link #start(LocalPlatformSettings)}, reporting progress to the given stream.
	 * @param settings what to start and where
	 * @param console receives progress lines
	 * @return the running platform; close it to stop everything
	 */
	public static LocalPlatform start(LocalPlatformSettings settings, PrintStream console) {
		return new LocalPlatform(settings, console).startAll();
	}

	/**
	 * Starts the broker, the store, the identity server, the services and the web app,
	 * and waits until every one is ready.
	 * @return this platform, running
	 * @throws PlatformStartException if a part does not start; the parts already started
	 * are stopped again
	 */
	public LocalPlatform startAll() {
		try {
			requireServiceJars();
			createDirectories();
			this.kafkaBootstrap = startKafka();
			proceedUnlessStopping();
			this.mongoUri = startMongo();
			proceedUnlessStopping();
			startIdentityServer();
			proceedUnlessStopping();
			startServices();
			proceedUnlessStopping();
			startWebApp();
			this.progress.step("Readyroom is up");
			return this;
		}
		catch (RuntimeException ex) {
			close();
			throw ex;
		}
	}

	public LocalPlatformSettings settings() {
		return this.settings;
	}

	/**
	 * @param service one of the services this platform runs
	 * @return e.g. {@code http://localhost:8081}
	 */
	public URI baseUrl(ReadyroomService service) {
		Integer port = this.settings.servicePorts().get(service);
		if (port == null) {
			throw new IllegalArgumentException(service.artifactId() + " is not part of this platform");
		}
		return ServiceLaunches.baseUrl(port);
	}

	/**
	 * @return the identity server's base URL, the issuer of the tokens the services
	 * accept
	 * @throws IllegalStateException if this platform runs no identity server
	 */
	public URI issuerUri() {
		if (!this.settings.runsIdentityServer()) {
			throw new IllegalStateException("This platform runs no identity server: it runs no services");
		}
		return this.settings.issuerUri();
	}

	/**
	 * @return the web app's address, where people open Readyroom, e.g.
	 * {@code http://127.0.0.1:8080}
	 * @throws IllegalStateException if this platform runs no web app
	 */
	public URI frontDoor() {
		if (!this.settings.runsWebApp()) {
			throw new IllegalStateException("This platform runs no web app: it runs no services");
		}
		return this.settings.frontDoor();
	}

	/**
	 * @return the accounts the identity server signs in, empty until it runs, outside
	 * demo mode, where it lists none, or if it could not list them
	 */
	public List<DemoAccount> demoAccounts() {
		return this.demoAccounts;
	}

	public String kafkaBootstrap() {
		return requireStarted(this.kafkaBootstrap);
	}

	public String mongoUri() {
		return requireStarted(this.mongoUri);
	}

	/**
	 * Blocks until another thread has closed the platform.
	 * @throws InterruptedException if interrupted while waiting
	 */
	public void awaitStop() throws InterruptedException {
		this.stopped.await();
	}

	/**
	 * Stops the services (gracefully, then forcibly), then the store, then the broker.
	 * Safe to call more than once and from any thread.
	 */
	@Override
	public void close() {
		if (this.shutdown.stopAll()) {
			this.progress.step("Stopped; the data stays in " + this.settings.dataDirectory());
		}
		this.stopped.countDown();
	}

	private void proceedUnlessStopping() {
		if (this.shutdown.isStopped()) {
			throw new PlatformStartException("Stopped while starting");
		}
	}

	private void requireServiceJars() {
		for (ReadyroomService service : this.settings.servicePorts().keySet()) {
			Path jar = service.jarIn(this.settings.projectRoot());
			if (!Files.isRegularFile(jar)) {
				throw notBuilt(service.artifactId(), jar);
			}
		}
		if (this.settings.runsIdentityServer() && !Files.isRegularFile(this.settings.identityServerJar())) {
			throw notBuilt(LocalPlatformSettings.IDENTITY_SERVER, this.settings.identityServerJar());
		}
		if (this.settings.runsWebApp() && !Files.isRegularFile(this.settings.webAppJar())) {
			throw notBuilt(LocalPlatformSettings.WEB_APP, this.settings.webAppJar());
		}
	}

	private PlatformStartException notBuilt(String artifactId, Path jar) {
		return new PlatformStartException(artifactId + " is not built: " + jar
				+ " is missing. Build it with ./mvnw -DskipTests package in " + this.settings.projectRoot());
	}

	private void createDirectories() {
		try {
			Files.createDirectories(this.settings.logDirectory());
		}
		catch (Exception ex) {
			throw new PlatformStartException("Cannot create the data directory " + this.settings.dataDirectory(), ex);
		}
		this.progress.step("Data directory " + this.settings.dataDirectory());
	}

	private String startKafka() {
		if (!this.settings.embedsKafka()) {
			this.progress.step("Using the Kafka at " + this.settings.externalKafkaBootstrap());
			return this.settings.externalKafkaBootstrap();
		}
		int port = this.settings.kafkaPort();
		this.progress.step("Starting Kafka broker (KRaft) on localhost:" + port);
		try {
			EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start(this.settings.kafkaDirectory(),
					this.settings.bindAddress(), port, FreePorts.pick());
			this.shutdown.add("Kafka broker", broker);
			this.progress.step("Kafka broker is ready at " + broker.bootstrapServers());
			return broker.bootstrapServers();
		}
		catch (Exception ex) {
			throw new PlatformStartException("The Kafka broker did not start on localhost:" + port + ": "
					+ rootCauseOf(ex) + portHint(ex, "--kafka-port", "KAFKA_BOOTSTRAP at a running Kafka"), ex);
		}
	}

	private String startMongo() {
		if (!this.settings.embedsMongo()) {
			this.progress.step("Using the MongoDB at " + this.settings.externalMongoUri());
			return this.settings.externalMongoUri();
		}
		int port = this.settings.mongoPort();
		this.progress.step("Starting document store (mongo-java-server, H2 file) on localhost:" + port);
		try {
			EmbeddedDocumentStore store = EmbeddedDocumentStore.start(this.settings.mongoDirectory(),
					this.settings.bindAddress(), port);
			this.shutdown.add("document store", store);
			this.progress.step("Document store is ready at " + store.connectionString());
			return store.connectionString();
		}
		catch (Exception ex) {
			throw new PlatformStartException("The document store did not start on localhost:" + port + ": "
					+ rootCauseOf(ex) + portHint(ex, "--mongo-port", "MONGODB_URI at a running MongoDB"), ex);
		}
	}

	/**
	 * Waits until the identity server is ready before the services start, so their first
	 * request can already be checked against its keys.
	 */
	private void startIdentityServer() {
		if (!this.settings.runsIdentityServer()) {
			return;
		}
		launchAndAwait("identity server", List.of(ServiceLaunches.identityServer(this.settings)));
		if (!this.settings.demoMode()) {
			return;
		}
		try {
			this.demoAccounts = DemoAccounts.of(this.settings.issuerUri());
		}
		catch (SignInException ex) {
			this.progress.step("The identity server did not list its demo accounts: " + ex.getMessage());
		}
	}

	private void startServices() {
		if (this.settings.servicePorts().isEmpty()) {
			return;
		}
		launchAndAwait("services", ServiceLaunches.plan(this.settings, kafkaBootstrap(), mongoUri()));
	}

	/**
	 * The web app starts last: the pages it serves call the services straight away.
	 */
	private void startWebApp() {
		if (!this.settings.runsWebApp()) {
			return;
		}
		launchAndAwait("web app", List.of(ServiceLaunches.webApp(this.settings)));
	}

	private void launchAndAwait(String what, List<ServiceLaunch> launches) {
		Consumer<String> step = this.progress::step;
		try {
			RunningServices services = RunningServices.launch(launches, step);
			this.shutdown.add(what, services);
			services.awaitReadiness(this.settings.readinessTimeout());
			services.reportUnexpectedExits(step);
		}
		catch (ServiceStartException ex) {
			throw new PlatformStartException(ex.getMessage(), ex);
		}
		catch (Exception ex) {
			throw new PlatformStartException("The " + what + " could not be launched: " + rootCauseOf(ex), ex);
		}
	}

	private static String requireStarted(@Nullable String address) {
		if (address == null) {
			throw new IllegalStateException("The platform has not started");
		}
		return address;
	}

	private static String portHint(Throwable failure, String portOption, String alternative) {
		if (!rootCauseOf(failure).contains("Address already in use")) {
			return "";
		}
		return ". Free the port, choose another with " + portOption + ", or point " + alternative;
	}

	private static String rootCauseOf(Throwable failure) {
		Throwable cause = failure;
		while (cause.getCause() != null && cause.getCause() != cause) {
			cause = cause.getCause();
		}
		return String.valueOf(cause.getMessage());
	}

}
