package io.readyroom.local;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The start command's options, read with the environment variables into settings. Options
 * win over environment variables, which win over defaults.
 */
final class StartOptions {

	static final String DEFAULT_DATA_DIRECTORY = ".readyroom-data";

	/** The environment variables the start command reads, for its help. */
	static final String ENVIRONMENT = "  READYROOM_DATA    the data directory, unless --data-dir is given%n"
			+ "  KAFKA_BOOTSTRAP   use this running Kafka (host:port,...) instead of the embedded broker%n"
			+ "  MONGODB_URI       use this running MongoDB instead of the embedded store%n"
			+ "  READYROOM_HOME    the project directory holding the service jars (default: current directory)";

	// the command these options are part of: it knows which options were given
	@Spec(Spec.Target.MIXEE)
	private CommandSpec command;

	@Option(names = "--data-dir", paramLabel = "DIR",
			description = "where data and logs are kept (default: " + DEFAULT_DATA_DIRECTORY + ")")
	private @Nullable Path dataDirectory;

	@Mixin
	private PlatformPorts ports;

	@Option(names = "--demo",
			description = "load a demo program: simulated learners practise six weeks, dated in"
					+ " the past, through the real pipeline (lets session-service take past times); the identity server"
					+ " lists the demo accounts and their passwords")
	private boolean demo;

	@Option(names = "--listen-all", description = "listen on all network interfaces; by default everything listens"
			+ " on 127.0.0.1 only and cannot be reached from other machines")
	private boolean listenAll;

	@Option(names = "--infrastructure-only",
			description = "start Kafka and the document store, no identity server, services or web app")
	private boolean infrastructureOnly;

	@Option(names = "--ready-timeout", paramLabel = "SECONDS", converter = WholeNumberRange.Positive.class,
			description = "how long the services may take to become ready (default: ${DEFAULT-VALUE})")
	private int readyTimeoutSeconds = (int) LocalPlatformSettings.DEFAULT_READINESS_TIMEOUT.toSeconds();

	/**
	 * @return whether to load the demo program once everything is ready
	 */
	boolean demo() {
		return this.demo;
	}

	/**
	 * @param environment the process environment
	 * @param workingDirectory where relative paths start
	 * @return the settings the options and the environment ask for
	 * @throws ParameterException naming the option that contradicts the environment or
	 * another option
	 */
	LocalPlatformSettings settings(Map<String, String> environment, Path workingDirectory) {
		Path dataDirectory = (this.dataDirectory != null) ? this.dataDirectory
				: Path.of(valueOf(environment, "READYROOM_DATA", DEFAULT_DATA_DIRECTORY));
		LocalPlatformSettings settings = LocalPlatformSettings
			.defaults(workingDirectory.resolve(dataDirectory),
					workingDirectory.resolve(valueOf(environment, "READYROOM_HOME", ".")))
			.withKafkaPort(this.ports.kafka())
			.withMongoPort(this.ports.mongo())
			.withIdentityPort(this.ports.identity())
			.withWebPort(this.ports.web())
			.withReadinessTimeout(Duration.ofSeconds(this.readyTimeoutSeconds));
		for (ReadyroomService service : ReadyroomService.values()) {
			settings = settings.withServicePort(service, this.ports.service(service));
		}
		return withEnvironmentsServers(choices(settings), environment);
	}

	private LocalPlatformSettings choices(LocalPlatformSettings settings) {
		if (this.demo && this.infrastructureOnly) {
			throw new ParameterException(this.command.commandLine(),
					"--demo needs the services, but --infrastructure-only starts none");
		}
		LocalPlatformSettings chosen = this.infrastructureOnly ? settings.withoutServices() : settings;
		chosen = this.listenAll ? chosen.listeningOnAllInterfaces() : chosen;
		return this.demo ? chosen.inDemoMode() : chosen;
	}

	private LocalPlatformSettings withEnvironmentsServers(LocalPlatformSettings settings,
			Map<String, String> environment) {
		LocalPlatformSettings withServers = settings;
		String kafkaBootstrap = valueOf(environment, "KAFKA_BOOTSTRAP", "");
		if (!kafkaBootstrap.isEmpty()) {
			requireNotGiven("--kafka-port", "KAFKA_BOOTSTRAP");
			withServers = withServers.withExternalKafka(kafkaBootstrap);
		}
		String mongoUri = valueOf(environment, "MONGODB_URI", "");
		if (!mongoUri.isEmpty()) {
			requireNotGiven("--mongo-port", "MONGODB_URI");
			withServers = withServers.withExternalMongo(mongoUri);
		}
		return withServers;
	}

	private void requireNotGiven(String option, String variable) {
		if (this.command.commandLine().getParseResult().hasMatchedOption(option)) {
			throw new ParameterException(this.command.commandLine(),
					option + " configures the embedded server, but " + variable + " says to use another one");
		}
	}

	private static String valueOf(Map<String, String> environment, String name, String fallback) {
		String value = environment.get(name);
		return (value == null || value.isBlank()) ? fallback : value.trim();
	}

}
