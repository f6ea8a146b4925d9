package io.readyroom.local;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class LocalPlatformSettingsTests {

	private static final Path DATA = Path.of("/tmp/readyroom-data");

	private static final Path ROOT = Path.of("/work/readyroom");

	@Test
	void defaultsEmbedKafkaAndMongoOnTheirUsualPortsAndRunAllThreeServices() {
		LocalPlatformSettings settings = LocalPlatformSettings.defaults(DATA, ROOT);

		assertThat(settings.embedsKafka()).isTrue();
		assertThat(settings.embedsMongo()).isTrue();
		assertThat(settings.kafkaPort()).isEqualTo(9092);
		assertThat(settings.mongoPort()).isEqualTo(27017);
		assertThat(settings.identityPort()).isEqualTo(9000);
		assertThat(settings.webPort()).isEqualTo(8080);
		assertThat(settings.servicePorts()).containsEntry(ReadyroomService.SESSION, 8081)
			.containsEntry(ReadyroomService.SCORING, 8082)
			.containsEntry(ReadyroomService.ANALYTICS, 8083);
		assertThat(settings.readinessTimeout()).isEqualTo(Duration.ofSeconds(180));
	}

	@Test
	void dataDirectoryHoldsKafkaMongoAndLogs() {
		LocalPlatformSettings settings = LocalPlatformSettings.defaults(DATA, ROOT);

		assertThat(settings.kafkaDirectory()).isEqualTo(DATA.resolve("kafka"));
		assertThat(settings.mongoDirectory()).isEqualTo(DATA.resolve("mongo"));
		assertThat(settings.logDirectory()).isEqualTo(DATA.resolve("logs"));
	}

	@Test
	void freePortsAreAllDifferent() {
		LocalPlatformSettings settings = LocalPlatformSettings.onFreePorts(DATA, ROOT);

		Set<Integer> ports = new HashSet<>(
				List.of(settings.kafkaPort(), settings.mongoPort(), settings.identityPort(), settings.webPort()));
		ports.addAll(settings.servicePorts().values());
		assertThat(ports).hasSize(7).doesNotContain(9092, 27017, 9000, 8080, 8081, 8082, 8083);
	}

	@Test
	void externalServersReplaceTheEmbeddedOnes() {
		LocalPlatformSettings settings = LocalPlatformSettings.defaults(DATA, ROOT)
			.withExternalKafka("kafka-1:9092")
			.withExternalMongo("mongodb://mongo-1:27017");

		assertThat(settings.embedsKafka()).isFalse();
		assertThat(settings.externalKafkaBootstrap()).isEqualTo("kafka-1:9092");
		assertThat(settings.embedsMongo()).isFalse();
		assertThat(settings.externalMongoUri()).isEqualTo("mongodb://mongo-1:27017");
	}

	@Test
	void infrastructureOnlyLaunchesNoServiceAndNoIdentityServer() {
		LocalPlatformSettings settings = LocalPlatformSettings.defaults(DATA, ROOT).withoutServices();

		assertThat(settings.servicePorts()).isEmpty();
		assertThat(settings.runsIdentityServer()).isFalse();
		assertThat(settings.runsWebApp()).isFalse();
	}

	@Test
	void theWebAppsAddressIsTheLoopbackIpWhichTheIdentityServerAcceptsToReturnTo() {
		LocalPlatformSettings settings = LocalPlatformSettings.defaults(DATA, ROOT).withWebPort(8180);

		assertThat(settings.runsWebApp()).isTrue();
		assertThat(settings.frontDoor()).hasToString("http://127.0.0.1:8180");
		assertThat(settings.webAppJar()).isEqualTo(ROOT.resolve("web-app/target/web-app.jar"));
	}

	@Test
	void theIdentityServerIssuesTokensUnderItsOwnAddress() {
		LocalPlatformSettings settings = LocalPlatformSettings.defaults(DATA, ROOT).withIdentityPort(9100);

		assertThat(settings.runsIdentityServer()).isTrue();
		assertThat(settings.issuerUri()).hasToString("http://localhost:9100");
		assertThat(settings.identityServerJar()).isEqualTo(ROOT.resolve("identity-server/target/identity-server.jar"));
	}

	@Test
	void servicesKeepAStableOrderWhateverOrderTheirPortsWereSet() {
		LocalPlatformSettings settings = LocalPlatformSettings.defaults(DATA, ROOT)
			.withoutServices()
			.withServicePort(ReadyroomService.ANALYTICS, 9003)
			.withServicePort(ReadyroomService.SESSION, 9001);

		assertThat(settings.servicePorts().keySet()).containsExactly(ReadyroomService.SESSION,
				ReadyroomService.ANALYTICS);
	}

	@Test
	void aPortOutsideTheTcpRangeIsRefused() {
		LocalPlatformSettings settings = LocalPlatformSettings.defaults(DATA, ROOT);

		assertThatIllegalArgumentException().isThrownBy(() -> settings.withKafkaPort(70000))
			.withMessageContaining("Kafka port");
		assertThatIllegalArgumentException().isThrownBy(() -> settings.withServicePort(ReadyroomService.SCORING, 0))
			.withMessageContaining("scoring-service port");
	}

	@Test
	void serviceJarsLiveInEachModulesTargetDirectory() {
		assertThat(ReadyroomService.SCORING.jarIn(ROOT))
			.isEqualTo(ROOT.resolve("scoring-service/target/scoring-service.jar"));
	}

}
