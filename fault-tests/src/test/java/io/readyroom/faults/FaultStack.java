package io.readyroom.faults;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.readyroom.local.LocalPlatformSettings;
import io.readyroom.local.ReadyroomService;

/**
 * The platform as the fault suite runs it: Kafka and the document store each in a
 * launcher process of their own ({@code --infrastructure-only}), the identity server with
 * the suite's learners, and each service as its own process, all owned here so that any
 * one can be killed and started again. Everything listens on free ports and keeps its
 * data and logs under one directory.
 */
final class FaultStack implements AutoCloseable {

	/** Tokens outlive the longest suite: the identity server's key does not change. */
	private static final String TOKEN_LIFETIME = "6h";

	/**
	 * The Kafka client id of the second analytics instance, which tells its consumers
	 * apart.
	 */
	static final String SECOND_ANALYTICS_CLIENT_ID = "analytics-service-2";

	private final Path root;

	private final Path dataDirectory;

	private final StackPorts ports;

	private final Path accountsFile;

	private final Map<StackPart, ChildProcess> processes = new EnumMap<>(StackPart.class);

	private final Readiness readiness;

	private FaultStack(Path root, Path dataDirectory, StackPorts ports, Path accountsFile) {
		this.root = root;
		this.dataDirectory = dataDirectory;
		this.ports = ports;
		this.accountsFile = accountsFile;
		this.readiness = new Readiness(ports);
	}

	/**
	 * Starts the infrastructure, the identity server and the three services and returns
	 * once each is ready.
	 * @param accountsFile extra identity-server configuration with the suite's accounts
	 */
	static FaultStack start(Path root, Path dataDirectory, Path accountsFile) {
		FaultStack stack = new FaultStack(root, dataDirectory, StackPorts.free(), accountsFile);
		Runtime.getRuntime().addShutdownHook(new Thread(stack::close, "fault-stack-stop"));
		try {
			// neither launcher needs the other's server to start
			stack.launchTogether(List.of(StackPart.BROKER, StackPart.STORE));
			// the services wait for the identity server's keys only at the first token,
			// so
			// all four start together: half the time on two cores
			stack.launchTogether(List.of(StackPart.IDENTITY_SERVER, StackPart.SESSION_SERVICE,
					StackPart.SCORING_SERVICE, StackPart.ANALYTICS_SERVICE));
		}
		catch (RuntimeException | Error ex) {
			stack.close();
			throw ex;
		}
		return stack;
	}

	StackPorts ports() {
		return this.ports;
	}

	Path log(StackPart part) {
		return this.dataDirectory.resolve("logs").resolve(part.processName() + ".log");
	}

	boolean isRunning(StackPart part) {
		ChildProcess process = this.processes.get(part);
		return process != null && process.isAlive();
	}

	/** kill -9: the part gets no chance to flush, commit or say goodbye. */
	void killHard(StackPart part) {
		process(part).killHard();
	}

	/** SIGTERM: the part shuts down the way it was built to. */
	void stopGracefully(StackPart part) {
		process(part).stopGracefully();
	}

	/** Starts a stopped or killed part again and waits until it is ready. */
	void restart(StackPart part) {
		process(part).restart();
		this.readiness.awaitReady(part, process(part));
	}

	/** Starts a part that has not run yet (the second analytics instance). */
	void launch(StackPart part) {
		launchTogether(List.of(part));
	}

	private void launchTogether(List<StackPart> parts) {
		for (StackPart part : parts) {
			this.processes.put(part,
					ChildProcess.start(part.processName(), commandOf(part), environmentOf(part), this.root, log(part)));
		}
		parts.forEach((part) -> this.readiness.awaitReady(part, this.processes.get(part)));
	}

	@Override
	public synchronized void close() {
		List<StackPart> newestFirst = new ArrayList<>(this.processes.keySet());
		java.util.Collections.reverse(newestFirst);
		for (StackPart part : newestFirst) {
			ChildProcess process = this.processes.get(part);
			if (process.isAlive()) {
				process.stopGracefully();
			}
		}
	}

	private ChildProcess process(StackPart part) {
		ChildProcess process = this.processes.get(part);
		if (process == null) {
			throw new IllegalStateException(part + " was never started");
		}
		return process;
	}

	private List<String> commandOf(StackPart part) {
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		return switch (part) {
			case BROKER -> launcher(java, part, "--kafka-port", this.ports.kafka());
			case STORE -> launcher(java, part, "--mongo-port", this.ports.mongo());
			case IDENTITY_SERVER -> List.of(java, "-jar",
					LocalPlatformSettings.defaults(this.root, this.root).identityServerJar().toString());
			case SESSION_SERVICE -> List.of(java, "-jar", ReadyroomService.SESSION.jarIn(this.root).toString());
			case SCORING_SERVICE -> List.of(java, "-jar", ReadyroomService.SCORING.jarIn(this.root).toString());
			case ANALYTICS_SERVICE, SECOND_ANALYTICS_SERVICE ->
				List.of(java, "-jar", ReadyroomService.ANALYTICS.jarIn(this.root).toString());
		};
	}

	private Map<String, String> environmentOf(StackPart part) {
		Map<String, String> environment = new HashMap<>();
		switch (part) {
			// each launcher embeds one server and is told the other one is external
			case BROKER -> environment.put("MONGODB_URI", this.ports.mongoUri());
			case STORE -> environment.put("KAFKA_BOOTSTRAP", this.ports.kafkaBootstrap());
			case IDENTITY_SERVER -> {
				environment.put("SERVER_PORT", Integer.toString(this.ports.identity()));
				environment.put("ISSUER_URI", this.ports.issuer().toString());
				environment.put("ACCESS_TOKEN_TTL", TOKEN_LIFETIME);
				environment.put("SPRING_CONFIG_ADDITIONALLOCATION", "file:" + this.accountsFile);
			}
			default -> {
				environment.put("SERVER_PORT", Integer.toString(httpPortOf(part)));
				environment.put("KAFKA_BOOTSTRAP", this.ports.kafkaBootstrap());
				environment.put("MONGODB_URI", this.ports.mongoUri());
				environment.put("ISSUER_URI", this.ports.issuer().toString());
				environment.put("ANALYTICS_URL", StackPorts.local(this.ports.analytics()).toString());
				if (part == StackPart.SECOND_ANALYTICS_SERVICE) {
					environment.put("SPRING_KAFKA_CLIENTID", SECOND_ANALYTICS_CLIENT_ID);
				}
			}
		}
		environment.put("SERVER_ADDRESS", LocalPlatformSettings.LOOPBACK);
		return environment;
	}

	private List<String> launcher(String java, StackPart part, String portOption, int port) {
		// nobody signs in to this launcher's identity port; an unused one keeps its
		// membership check away from any platform running on the default ports
		return List.of(java, "-jar", launcherJar().toString(), "--data-dir",
				this.dataDirectory.resolve(part.processName()).toString(), "--identity-port",
				Integer.toString(this.ports.unusedIdentity()), portOption, Integer.toString(port),
				"--infrastructure-only");
	}

	int httpPortOf(StackPart part) {
		return switch (part) {
			case IDENTITY_SERVER -> this.ports.identity();
			case SESSION_SERVICE -> this.ports.session();
			case SCORING_SERVICE -> this.ports.scoring();
			case ANALYTICS_SERVICE -> this.ports.analytics();
			case SECOND_ANALYTICS_SERVICE -> this.ports.secondAnalytics();
			default -> throw new IllegalArgumentException(part + " serves no HTTP");
		};
	}

	private Path launcherJar() {
		return this.root.resolve("local-platform").resolve("target").resolve("local-platform-exec.jar");
	}

	/** How long any one part may take to become ready on a busy two-core machine. */
	static Duration readyTimeout() {
		return Duration.ofMinutes(4);
	}

}
