package io.readyroom.local;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class StartOptionsTests {

	private static final Path HERE = Path.of("/home/learner/readyroom");

	private final CommandLine readyroom = ReadyroomCommand.commandLine(System.out, System.err);

	@Test
	void withoutOptionsDataGoesToTheCurrentDirectoryAndEverythingIsEmbedded() {
		LocalPlatformSettings settings = settings(List.of(), Map.of());

		assertThat(settings.dataDirectory()).isEqualTo(HERE.resolve(".readyroom-data"));
		assertThat(settings.projectRoot()).isEqualTo(HERE);
		assertThat(settings.embedsKafka()).isTrue();
		assertThat(settings.embedsMongo()).isTrue();
		assertThat(settings.servicePorts()).containsEntry(ReadyroomService.SESSION, 8081)
			.containsEntry(ReadyroomService.SCORING, 8082)
			.containsEntry(ReadyroomService.ANALYTICS, 8083);
		assertThat(settings.kafkaPort()).isEqualTo(9092);
		assertThat(settings.mongoPort()).isEqualTo(27017);
		assertThat(settings.identityPort()).isEqualTo(9000);
		assertThat(settings.webPort()).isEqualTo(8080);
		assertThat(settings.readinessTimeout()).isEqualTo(Duration.ofSeconds(180));
	}

	@Test
	void withoutOptionsEverythingListensOnLoopbackOutsideDemoMode() {
		LocalPlatformSettings settings = settings(List.of(), Map.of());

		assertThat(settings.bindAddress()).isEqualTo("127.0.0.1");
		assertThat(settings.demoMode()).isFalse();
	}

	@Test
	void listenAllOpensEveryInterface() {
		assertThat(settings(List.of("--listen-all"), Map.of()).bindAddress()).isEqualTo("0.0.0.0");
	}

	@Test
	void demoTurnsOnTheIdentityServersDemoMode() {
		StartOptions options = parse("--demo");

		assertThat(options.demo()).isTrue();
		assertThat(options.settings(Map.of(), HERE).demoMode()).isTrue();
		assertThat(options.settings(Map.of(), HERE).bindAddress()).isEqualTo("127.0.0.1");
	}

	@Test
	void environmentChoosesDataDirectoryProjectAndExternalServers() {
		LocalPlatformSettings settings = settings(List.of(),
				Map.of("READYROOM_DATA", "/var/readyroom", "READYROOM_HOME", "/opt/readyroom", "KAFKA_BOOTSTRAP",
						"kafka-1:9092,kafka-2:9092", "MONGODB_URI", "mongodb://mongo-1:27017/?replicaSet=rs0"));

		assertThat(settings.dataDirectory()).isEqualTo(Path.of("/var/readyroom"));
		assertThat(settings.projectRoot()).isEqualTo(Path.of("/opt/readyroom"));
		assertThat(settings.externalKafkaBootstrap()).isEqualTo("kafka-1:9092,kafka-2:9092");
		assertThat(settings.externalMongoUri()).isEqualTo("mongodb://mongo-1:27017/?replicaSet=rs0");
	}

	@Test
	void blankEnvironmentVariablesCountAsUnset() {
		LocalPlatformSettings settings = settings(List.of(), Map.of("KAFKA_BOOTSTRAP", " ", "MONGODB_URI", ""));

		assertThat(settings.embedsKafka()).isTrue();
		assertThat(settings.embedsMongo()).isTrue();
	}

	@Test
	void dataDirOptionWinsOverTheEnvironmentAndResolvesAgainstTheWorkingDirectory() {
		LocalPlatformSettings settings = settings(List.of("--data-dir", "pilot-data"),
				Map.of("READYROOM_DATA", "/var/readyroom"));

		assertThat(settings.dataDirectory()).isEqualTo(HERE.resolve("pilot-data"));
	}

	@Test
	void aRelativeDataDirectoryInTheEnvironmentResolvesAgainstTheWorkingDirectory() {
		assertThat(settings(List.of(), Map.of("READYROOM_DATA", "pilot-data")).dataDirectory())
			.isEqualTo(HERE.resolve("pilot-data"));
	}

	@Test
	void portsCanBeGivenWithASpaceOrAnEqualsSign() {
		LocalPlatformSettings settings = settings(
				List.of("--kafka-port=19092", "--mongo-port", "27018", "--identity-port", "9100", "--session-port",
						"9081", "--scoring-port=9082", "--analytics-port", "9083", "--web-port", "9080"),
				Map.of());

		assertThat(settings.kafkaPort()).isEqualTo(19092);
		assertThat(settings.mongoPort()).isEqualTo(27018);
		assertThat(settings.identityPort()).isEqualTo(9100);
		assertThat(settings.webPort()).isEqualTo(9080);
		assertThat(settings.servicePorts()).containsEntry(ReadyroomService.SESSION, 9081)
			.containsEntry(ReadyroomService.SCORING, 9082)
			.containsEntry(ReadyroomService.ANALYTICS, 9083);
	}

	@Test
	void infrastructureOnlyStartsNoServices() {
		assertThat(settings(List.of("--infrastructure-only"), Map.of()).servicePorts()).isEmpty();
		assertThat(settings(List.of("--infrastructure-only", "--session-port", "9081"), Map.of()).servicePorts())
			.isEmpty();
	}

	@Test
	void aLauncherEmbeddingOnlyTheBrokerTakesTheFaultTestsArguments() {
		LocalPlatformSettings settings = settings(List.of("--data-dir", "/tmp/faults/broker", "--identity-port",
				"19000", "--kafka-port", "19092", "--infrastructure-only"),
				Map.of("MONGODB_URI", "mongodb://localhost:27018"));

		assertThat(settings.dataDirectory()).isEqualTo(Path.of("/tmp/faults/broker"));
		assertThat(settings.embedsKafka()).isTrue();
		assertThat(settings.kafkaPort()).isEqualTo(19092);
		assertThat(settings.externalMongoUri()).isEqualTo("mongodb://localhost:27018");
		assertThat(settings.servicePorts()).isEmpty();
	}

	@Test
	void theDemoIsLoadedOnlyWhenAskedFor() {
		assertThat(parse().demo()).isFalse();
		StartOptions demo = parse("--demo", "--web-port", "9080");

		assertThat(demo.demo()).isTrue();
		assertThat(demo.settings(Map.of(), HERE).webPort()).isEqualTo(9080);
	}

	@Test
	void theStartCommandTakesTheSameOptions() {
		this.readyroom.parseArgs("start", "--demo", "--web-port=9080");
		StartOptions options = this.readyroom.getSubcommands().get("start").<StartCommand>getCommand().options();

		assertThat(options.demo()).isTrue();
		assertThat(options.settings(Map.of(), HERE).webPort()).isEqualTo(9080);
	}

	@Test
	void theStartCommandAlsoRefusesAnEmbeddedPortContradictingAnExternalServer() {
		this.readyroom.parseArgs("start", "--kafka-port", "19092");
		StartOptions options = this.readyroom.getSubcommands().get("start").<StartCommand>getCommand().options();

		assertThatExceptionOfType(ParameterException.class)
			.isThrownBy(() -> options.settings(Map.of("KAFKA_BOOTSTRAP", "kafka-1:9092"), HERE))
			.withMessageStartingWith("--kafka-port configures the embedded server");
		assertThat(options.settings(Map.of("MONGODB_URI", "mongodb://mongo-1:27017"), HERE).kafkaPort())
			.isEqualTo(19092);
	}

	@Test
	void theDemoNeedsTheServices() {
		StartOptions options = parse("--demo", "--infrastructure-only");

		assertThatExceptionOfType(ParameterException.class).isThrownBy(() -> options.settings(Map.of(), HERE))
			.withMessage("--demo needs the services, but --infrastructure-only starts none");
	}

	@Test
	void readyTimeoutIsInSeconds() {
		assertThat(settings(List.of("--ready-timeout", "300"), Map.of()).readinessTimeout())
			.isEqualTo(Duration.ofSeconds(300));
	}

	@Test
	void aReadyTimeoutMustBePositive() {
		assertThatExceptionOfType(ParameterException.class).isThrownBy(() -> parse("--ready-timeout", "0"))
			.withMessage("Invalid value for option '--ready-timeout': '0' is not a whole number from 1 to 2147483647");
	}

	@Test
	void helpWinsOverEverythingElse() {
		this.readyroom.parseArgs("--kafka-port", "1", "--help");
		assertThat(this.readyroom.isUsageHelpRequested()).isTrue();

		this.readyroom.parseArgs("start", "-h");
		assertThat(this.readyroom.getSubcommands().get("start").isUsageHelpRequested()).isTrue();
	}

	@Test
	void theHelpListsTheOptionsTheCommandsAndTheEnvironment() {
		String usage = this.readyroom.getUsageMessage(CommandLine.Help.Ansi.OFF);

		assertThat(usage).startsWith("Usage: ./readyroom [start] [options]")
			.contains("--data-dir=DIR", "(default: .readyroom-data)", "--kafka-port=PORT", "(default: 9092)",
					"--ready-timeout=SECONDS", "(default: 180)", "--demo", "-h, --help")
			.contains("token USERNAME [PASSWORD]", "  load ", "  start ")
			.contains("READYROOM_DATA", "KAFKA_BOOTSTRAP", "MONGODB_URI", "READYROOM_HOME");
	}

	@Test
	void anUnknownOptionIsNamed() {
		assertThatExceptionOfType(ParameterException.class).isThrownBy(() -> parse("--kafak-port", "1"))
			.withMessageStartingWith("Unknown options: '--kafak-port'");
	}

	@Test
	void anOptionWithoutItsValueIsNamed() {
		assertThatExceptionOfType(ParameterException.class).isThrownBy(() -> parse("--data-dir"))
			.withMessage("Missing required parameter for option '--data-dir' (DIR)");
	}

	@Test
	void aPortMustBeANumberInTheTcpRange() {
		assertThatExceptionOfType(ParameterException.class).isThrownBy(() -> parse("--mongo-port", "mongo"))
			.withMessage("Invalid value for option '--mongo-port': 'mongo' is not a whole number from 1 to 65535");
		assertThatExceptionOfType(ParameterException.class).isThrownBy(() -> parse("--session-port", "80000"))
			.withMessage("Invalid value for option '--session-port': '80000' is not a whole number from 1 to 65535");
	}

	@Test
	void anEmbeddedPortContradictingAnExternalServerIsRefused() {
		StartOptions kafkaPort = parse("--kafka-port", "19092");
		StartOptions mongoPort = parse("--mongo-port=27018");

		assertThatExceptionOfType(ParameterException.class)
			.isThrownBy(() -> kafkaPort.settings(Map.of("KAFKA_BOOTSTRAP", "kafka-1:9092"), HERE))
			.withMessage("--kafka-port configures the embedded server, but KAFKA_BOOTSTRAP says to use another one");
		assertThatExceptionOfType(ParameterException.class)
			.isThrownBy(() -> mongoPort.settings(Map.of("MONGODB_URI", "mongodb://mongo-1:27017"), HERE))
			.withMessageStartingWith("--mongo-port configures the embedded server, but MONGODB_URI");
	}

	@Test
	void startsOptionsBeforeAnotherCommandAreAUsageError() throws IOException {
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		CommandLine readyroom = ReadyroomCommand.commandLine(System.out,
				new PrintStream(err, true, StandardCharsets.UTF_8));

		int exitCode = readyroom.execute("--demo", "token", "ana", "--identity-port",
				Integer.toString(FreePorts.pick()));

		assertThat(exitCode).isEqualTo(2);
		assertThat(err.toString(StandardCharsets.UTF_8))
			.startsWith("Options go after the command: ./readyroom token [options]");
	}

	@Test
	void theStartScriptsHelpMentionsEveryOptionAndVariableOfTheLauncher() throws IOException {
		String script = Files.readString(Path.of("..", "readyroom"));

		for (CommandLine command : List.of(this.readyroom, this.readyroom.getSubcommands().get("token"),
				this.readyroom.getSubcommands().get("load"))) {
			Matcher optionsAndVariables = Pattern.compile("--[a-z-]+|\\b[A-Z]+_[A-Z_]+\\b")
				.matcher(command.getUsageMessage(CommandLine.Help.Ansi.OFF));
			while (optionsAndVariables.find()) {
				assertThat(script).contains(optionsAndVariables.group());
			}
		}
		assertThat(script).contains("token USERNAME [PASSWORD]").contains("load [options]");
	}

	// a command line of its own, since parsing again resets the options it holds
	private static StartOptions parse(String... arguments) {
		CommandLine readyroom = ReadyroomCommand.commandLine(System.out, System.err);
		readyroom.parseArgs(arguments);
		return readyroom.<ReadyroomCommand>getCommand().startOptions();
	}

	private static LocalPlatformSettings settings(List<String> arguments, Map<String, String> environment) {
		return parse(arguments.toArray(String[]::new)).settings(environment, HERE);
	}

}
