package io.readyroom.local;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.readyroom.local.load.LoadOptions;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class StartOptionsTests {

	private static final Path HERE = Path.of("/home/learner/readyroom");

	@Test
	void withoutOptionsDataGoesToTheCurrentDirectoryAndEverythingIsEmbedded() {
		LocalPlatformSettings settings = parse(List.of(), Map.of());

		assertThat(settings.dataDirectory()).isEqualTo(HERE.resolve(".readyroom-data"));
		assertThat(settings.projectRoot()).isEqualTo(HERE);
		assertThat(settings.embedsKafka()).isTrue();
		assertThat(settings.embedsMongo()).isTrue();
		assertThat(settings.servicePorts()).hasSize(3);
	}

	@Test
	void withoutOptionsEverythingListensOnLoopbackOutsideDemoMode() {
		LocalPlatformSettings settings = parse(List.of(), Map.of());

		assertThat(settings.bindAddress()).isEqualTo("127.0.0.1");
		assertThat(settings.demoMode()).isFalse();
	}

	@Test
	void listenAllOpensEveryInterface() {
		assertThat(parse(List.of("--listen-all"), Map.of()).bindAddress()).isEqualTo("0.0.0.0");
	}

	@Test
	void demoTurnsOnTheIdentityServersDemoMode() {
		StartOptions options = StartOptions.parse(List.of("--demo"), Map.of(), HERE);

		assertThat(options.demo()).isTrue();
		assertThat(options.settings().demoMode()).isTrue();
		assertThat(options.settings().bindAddress()).isEqualTo("127.0.0.1");
	}

	@Test
	void environmentChoosesDataDirectoryProjectAndExternalServers() {
		LocalPlatformSettings settings = parse(List.of(),
				Map.of("READYROOM_DATA", "/var/readyroom", "READYROOM_HOME", "/opt/readyroom", "KAFKA_BOOTSTRAP",
						"kafka-1:9092,kafka-2:9092", "MONGODB_URI", "mongodb://mongo-1:27017/?replicaSet=rs0"));

		assertThat(settings.dataDirectory()).isEqualTo(Path.of("/var/readyroom"));
		assertThat(settings.projectRoot()).isEqualTo(Path.of("/opt/readyroom"));
		assertThat(settings.externalKafkaBootstrap()).isEqualTo("kafka-1:9092,kafka-2:9092");
		assertThat(settings.externalMongoUri()).isEqualTo("mongodb://mongo-1:27017/?replicaSet=rs0");
	}

	@Test
	void blankEnvironmentVariablesCountAsUnset() {
		LocalPlatformSettings settings = parse(List.of(), Map.of("KAFKA_BOOTSTRAP", " ", "MONGODB_URI", ""));

		assertThat(settings.embedsKafka()).isTrue();
		assertThat(settings.embedsMongo()).isTrue();
	}

	@Test
	void dataDirOptionWinsOverTheEnvironmentAndResolvesAgainstTheWorkingDirectory() {
		LocalPlatformSettings settings = parse(List.of("--data-dir", "pilot-data"),
				Map.of("READYROOM_DATA", "/var/readyroom"));

		assertThat(settings.dataDirectory()).isEqualTo(HERE.resolve("pilot-data"));
	}

	@Test
	void portsCanBeGivenWithASpaceOrAnEqualsSign() {
		LocalPlatformSettings settings = parse(
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
		assertThat(parse(List.of("--infrastructure-only"), Map.of()).servicePorts()).isEmpty();
	}

	@Test
	void theDemoIsLoadedOnlyWhenAskedFor() {
		assertThat(StartOptions.parse(List.of(), Map.of(), HERE).demo()).isFalse();
		StartOptions demo = StartOptions.parse(List.of("--demo", "--web-port", "9080"), Map.of(), HERE);

		assertThat(demo.demo()).isTrue();
		assertThat(demo.settings().webPort()).isEqualTo(9080);
	}

	@Test
	void theDemoNeedsTheServices() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> StartOptions.parse(List.of("--demo", "--infrastructure-only"), Map.of(), HERE))
			.withMessageContaining("--demo needs the services");
	}

	@Test
	void readyTimeoutIsInSeconds() {
		assertThat(parse(List.of("--ready-timeout", "300"), Map.of()).readinessTimeout())
			.isEqualTo(Duration.ofSeconds(300));
	}

	@Test
	void helpWinsOverEverythingElse() {
		assertThat(StartOptions.parse(List.of("--kafka-port", "1", "--help"), Map.of(), HERE).helpRequested()).isTrue();
		assertThat(StartOptions.parse(List.of("-h"), Map.of(), HERE).helpRequested()).isTrue();
	}

	@Test
	void anUnknownOptionIsNamed() {
		assertThatIllegalArgumentException().isThrownBy(() -> parse(List.of("--kafak-port", "1"), Map.of()))
			.withMessage("Unknown option --kafak-port");
	}

	@Test
	void anOptionWithoutItsValueIsNamed() {
		assertThatIllegalArgumentException().isThrownBy(() -> parse(List.of("--data-dir"), Map.of()))
			.withMessage("--data-dir needs a value");
	}

	@Test
	void aPortMustBeANumberInTheTcpRange() {
		assertThatIllegalArgumentException().isThrownBy(() -> parse(List.of("--mongo-port", "mongo"), Map.of()))
			.withMessageContaining("--mongo-port needs a positive whole number, not 'mongo'");
		assertThatIllegalArgumentException().isThrownBy(() -> parse(List.of("--session-port", "80000"), Map.of()))
			.withMessageContaining("between 1 and 65535");
	}

	@Test
	void anEmbeddedPortContradictingAnExternalServerIsRefused() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> parse(List.of("--kafka-port", "19092"), Map.of("KAFKA_BOOTSTRAP", "kafka-1:9092")))
			.withMessageContaining("KAFKA_BOOTSTRAP");
	}

	@Test
	void theStartScriptsHelpMentionsEveryOptionAndVariableOfTheLauncher() throws IOException {
		String script = Files.readString(Path.of("..", "readyroom"));

		for (String usage : List.of(StartOptions.USAGE, TokenOptions.USAGE, LoadOptions.USAGE)) {
			Matcher optionsAndVariables = Pattern.compile("--[a-z-]+|\\b[A-Z]+_[A-Z_]+\\b").matcher(usage);
			while (optionsAndVariables.find()) {
				assertThat(script).contains(optionsAndVariables.group());
			}
		}
		assertThat(script).contains("token USERNAME [PASSWORD]").contains("load [options]");
	}

	private static LocalPlatformSettings parse(List<String> arguments, Map<String, String> environment) {
		return StartOptions.parse(arguments, environment, HERE).settings();
	}

}
