package io.readyroom.local;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * The start command's options and environment variables, read into settings. Options win
 * over environment variables, which win over defaults.
 */
final class StartOptions {

	static final String USAGE = """
			Usage: ./readyroom [start] [options]
			       ./readyroom token USERNAME [PASSWORD] [--identity-port PORT]
			       ./readyroom load [--learners N] [--answers N | --duration SECONDS] [--rate N] [PORT OPTIONS]

			Starts Kafka, the document store, the identity server, the three Readyroom services and
			the web app on this machine, waits until every part is ready and prints the address to
			open (http://127.0.0.1:8080), with --demo also the demo accounts. Ctrl-C stops everything; the data
			stays in the data directory for the next start.

			Options:
			  --data-dir DIR           where data and logs are kept (default: .readyroom-data)
			  --kafka-port PORT        port of the embedded Kafka broker (default: 9092)
			  --mongo-port PORT        port of the embedded document store (default: 27017)
			  --identity-port PORT     port of the identity server, which issues the tokens (default: 9000)
			  --session-port PORT      HTTP port of session-service (default: 8081)
			  --scoring-port PORT      HTTP port of scoring-service (default: 8082)
			  --analytics-port PORT    HTTP port of analytics-service (default: 8083)
			  --web-port PORT          HTTP port of the web app, the address to open (default: 8080)
			  --demo                   load a demo program: simulated learners practise six weeks, dated in the
			                           past, through the real pipeline (lets session-service take past times);
			                           the identity server lists the demo accounts and their passwords
			  --listen-all             listen on all network interfaces; by default everything listens on
			                           127.0.0.1 only and cannot be reached from other machines
			  --infrastructure-only    start Kafka and the document store, no identity server, services or web app
			  --ready-timeout SECONDS  how long the services may take to become ready (default: 180)
			  -h, --help               print this help

			Commands:
			  token USERNAME [PASSWORD]  sign in to the running platform and print an access token;
			                             the password defaults to the demo account's when the
			                             platform runs with --demo
			  load [options]             drive the running platform with many signed-in learners
			                             and print the rates, freshness and CPU it measured;
			                             ./readyroom load --help lists its options

			Environment variables:
			  READYROOM_DATA    the data directory, unless --data-dir is given
			  KAFKA_BOOTSTRAP   use this running Kafka (host:port,...) instead of the embedded broker
			  MONGODB_URI       use this running MongoDB instead of the embedded store
			  READYROOM_HOME    the project directory holding the service jars (default: current directory)
			""";

	static final String DEFAULT_DATA_DIRECTORY = ".readyroom-data";

	private final @Nullable LocalPlatformSettings settings;

	private final boolean demo;

	private StartOptions(@Nullable LocalPlatformSettings settings, boolean demo) {
		this.settings = settings;
		this.demo = demo;
	}

	/**
	 * @param arguments the command-line arguments, without the command name
	 * @param environment the process environment
	 * @param workingDirectory where relative paths start
	 * @return the options
	 * @throws IllegalArgumentException naming the option that is unknown, incomplete or
	 * contradicts the environment
	 */
	static StartOptions parse(List<String> arguments, Map<String, String> environment, Path workingDirectory) {
		LocalPlatformSettings settings = LocalPlatformSettings.defaults(
				workingDirectory.resolve(valueOf(environment, "READYROOM_DATA", DEFAULT_DATA_DIRECTORY)),
				workingDirectory.resolve(valueOf(environment, "READYROOM_HOME", ".")));
		String kafkaBootstrap = valueOf(environment, "KAFKA_BOOTSTRAP", "");
		if (!kafkaBootstrap.isEmpty()) {
			settings = settings.withExternalKafka(kafkaBootstrap);
		}
		String mongoUri = valueOf(environment, "MONGODB_URI", "");
		if (!mongoUri.isEmpty()) {
			settings = settings.withExternalMongo(mongoUri);
		}
		Iterator<String> remaining = arguments.iterator();
		boolean demo = false;
		while (remaining.hasNext()) {
			Option option = Option.of(remaining.next(), remaining);
			if (option.named("-h", "--help")) {
				return new StartOptions(null, false);
			}
			if (option.named("--demo")) {
				demo = true;
				settings = settings.inDemoMode();
			}
			else {
				settings = apply(option, settings, workingDirectory);
			}
		}
		if (demo && !settings.runsWebApp()) {
			throw new IllegalArgumentException("--demo needs the services, but --infrastructure-only starts none");
		}
		return new StartOptions(settings, demo);
	}

	boolean helpRequested() {
		return this.settings == null;
	}

	/**
	 * @return whether to load the demo program once everything is ready
	 */
	boolean demo() {
		return this.demo;
	}

	LocalPlatformSettings settings() {
		if (this.settings == null) {
			throw new IllegalStateException("Only help was requested");
		}
		return this.settings;
	}

	private static LocalPlatformSettings apply(Option option, LocalPlatformSettings settings, Path workingDirectory) {
		return switch (option.name()) {
			case "--data-dir" -> settings.withDataDirectory(workingDirectory.resolve(option.value()));
			case "--kafka-port" -> {
				requireEmbedded(settings.embedsKafka(), option, "KAFKA_BOOTSTRAP");
				yield settings.withKafkaPort(option.port());
			}
			case "--mongo-port" -> {
				requireEmbedded(settings.embedsMongo(), option, "MONGODB_URI");
				yield settings.withMongoPort(option.port());
			}
			case "--identity-port" -> settings.withIdentityPort(option.port());
			case "--session-port" -> settings.withServicePort(ReadyroomService.SESSION, option.port());
			case "--scoring-port" -> settings.withServicePort(ReadyroomService.SCORING, option.port());
			case "--analytics-port" -> settings.withServicePort(ReadyroomService.ANALYTICS, option.port());
			case "--web-port" -> settings.withWebPort(option.port());
			case "--infrastructure-only" -> settings.withoutServices();
			case "--listen-all" -> settings.listeningOnAllInterfaces();
			case "--ready-timeout" -> settings.withReadinessTimeout(Duration.ofSeconds(option.positiveNumber()));
			default -> throw new IllegalArgumentException("Unknown option " + option.name());
		};
	}

	private static void requireEmbedded(boolean embedded, Option option, String variable) {
		if (!embedded) {
			throw new IllegalArgumentException(
					option.name() + " configures the embedded server, but " + variable + " says to use another one");
		}
	}

	private static String valueOf(Map<String, String> environment, String name, String fallback) {
		String value = environment.get(name);
		return (value == null || value.isBlank()) ? fallback : value.trim();
	}

	/**
	 * One option as given, {@code --name value} or {@code --name=value}; the value is
	 * only taken from the next argument when the option asks for it.
	 */
	private record Option(String name, @Nullable String inlineValue, Iterator<String> remaining) {

		static Option of(String argument, Iterator<String> remaining) {
			int equals = argument.indexOf('=');
			if (argument.startsWith("--") && equals > 0) {
				return new Option(argument.substring(0, equals), argument.substring(equals + 1), remaining);
			}
			return new Option(argument, null, remaining);
		}

		boolean named(String... names) {
			return List.of(names).contains(this.name);
		}

		String value() {
			if (this.inlineValue != null) {
				return this.inlineValue;
			}
			if (!this.remaining.hasNext()) {
				throw new IllegalArgumentException(this.name + " needs a value");
			}
			return this.remaining.next();
		}

		int port() {
			int port = positiveNumber();
			if (port > 65535) {
				throw new IllegalArgumentException(this.name + " needs a port between 1 and 65535, not " + port);
			}
			return port;
		}

		int positiveNumber() {
			String value = value();
			try {
				int number = Integer.parseInt(value);
				if (number > 0) {
					return number;
				}
			}
			catch (NumberFormatException ex) {
				// reported below, like a number that is not positive
			}
			throw new IllegalArgumentException(this.name + " needs a positive whole number, not '" + value + "'");
		}

	}

}
