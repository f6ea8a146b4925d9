package io.readyroom.local;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import io.readyroom.local.service.ServiceLaunch;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ServiceLaunchesTests {

	private static final Path ROOT = Path.of("/work/readyroom");

	private final LocalPlatformSettings settings = LocalPlatformSettings
		.defaults(Path.of("/work/readyroom/.readyroom-data"), ROOT)
		.withServicePort(ReadyroomService.SCORING, 9082);

	@Test
	void eachServiceRunsItsOwnJarWithTheLaunchersJavaInABoundedHeap() {
		List<ServiceLaunch> launches = ServiceLaunches.plan(this.settings, "localhost:9092",
				"mongodb://localhost:27017");

		assertThat(launches).extracting(ServiceLaunch::name)
			.containsExactly("session-service", "scoring-service", "analytics-service");
		assertThat(launches.get(1).command()).containsExactly(
				Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xms16m", "-Xmx384m",
				"-XX:+UseSerialGC", "-Xss512k", "-jar", "/work/readyroom/scoring-service/target/scoring-service.jar");
		assertThat(ServiceLaunches.identityServer(this.settings).command()).contains("-Xmx160m");
		assertThat(ServiceLaunches.webApp(this.settings).command()).contains("-Xmx160m");
	}

	@Test
	void servicesLearnWhereKafkaMongoAndTheirPortAreFromTheEnvironment() {
		ServiceLaunch scoring = ServiceLaunches.plan(this.settings, "kafka-1:9092", "mongodb://mongo-1:27017").get(1);

		assertThat(scoring.environment()).containsEntry("KAFKA_BOOTSTRAP", "kafka-1:9092")
			.containsEntry("MONGODB_URI", "mongodb://mongo-1:27017")
			.containsEntry("SERVER_PORT", "9082")
			.containsEntry("ISSUER_URI", "http://localhost:9000");
		assertThat(scoring.baseUrl()).isEqualTo(URI.create("http://localhost:9082"));
	}

	@Test
	void onlySessionServiceAndOnlyForTheDemoAcceptsPracticeDatedInThePast() {
		String backdating = "READYROOM_PRACTICE_BACKDATING_ALLOWED";

		assertThat(ServiceLaunches.plan(this.settings, "localhost:9092", "mongodb://localhost:27017"))
			.allSatisfy((launch) -> assertThat(launch.environment()).doesNotContainKey(backdating));
		List<ServiceLaunch> demo = ServiceLaunches.plan(this.settings.inDemoMode(), "localhost:9092",
				"mongodb://localhost:27017");
		assertThat(demo.get(0).environment()).containsEntry(backdating, "true");
		assertThat(demo.subList(1, demo.size()))
			.allSatisfy((launch) -> assertThat(launch.environment()).doesNotContainKey(backdating));
	}

	@Test
	void everyServerListensOnTheLoopbackAddressOnly() {
		List<ServiceLaunch> launches = new ArrayList<>(
				ServiceLaunches.plan(this.settings, "localhost:9092", "mongodb://localhost:27017"));
		launches.add(ServiceLaunches.identityServer(this.settings));
		launches.add(ServiceLaunches.webApp(this.settings));

		assertThat(launches).hasSize(5)
			.allSatisfy((launch) -> assertThat(launch.environment()).as(launch.name())
				.containsEntry("SERVER_ADDRESS", "127.0.0.1"));
	}

	@Test
	void listeningOnAllInterfacesOpensEveryServer() {
		LocalPlatformSettings open = this.settings.listeningOnAllInterfaces();
		List<ServiceLaunch> launches = new ArrayList<>(
				ServiceLaunches.plan(open, "localhost:9092", "mongodb://localhost:27017"));
		launches.add(ServiceLaunches.identityServer(open));
		launches.add(ServiceLaunches.webApp(open));

		assertThat(launches).allSatisfy((launch) -> assertThat(launch.environment()).as(launch.name())
			.containsEntry("SERVER_ADDRESS", "0.0.0.0"));
	}

	@Test
	void theIdentityServerListsItsDemoAccountsOnlyInDemoMode() {
		assertThat(ServiceLaunches.identityServer(this.settings).environment()).containsEntry("DEMO_MODE", "false");
		assertThat(ServiceLaunches.identityServer(this.settings.inDemoMode()).environment()).containsEntry("DEMO_MODE",
				"true");
	}

	@Test
	void theIdentityServerSignsInLoadLearnersOnlyWhenNoOtherMachineCanReachIt() {
		assertThat(ServiceLaunches.identityServer(this.settings).environment()).containsEntry("LOAD_LEARNERS", "1000");
		assertThat(ServiceLaunches.identityServer(this.settings.listeningOnAllInterfaces()).environment())
			.containsEntry("LOAD_LEARNERS", "0");
	}

	@Test
	void eachServiceLogsToItsOwnFileInTheLogDirectory() {
		ServiceLaunch session = ServiceLaunches.plan(this.settings, "localhost:9092", "mongodb://localhost:27017")
			.get(0);

		assertThat(session.logFile()).isEqualTo(ROOT.resolve(".readyroom-data/logs/session-service.log"));
		assertThat(session.workingDirectory()).isEqualTo(ROOT);
	}

	@Test
	void theIdentityServerRunsItsJarAndIssuesTokensUnderItsOwnAddress() {
		ServiceLaunch identity = ServiceLaunches.identityServer(this.settings.withIdentityPort(9100));

		assertThat(identity.command()).endsWith("/work/readyroom/identity-server/target/identity-server.jar");
		assertThat(identity.environment()).containsEntry("SERVER_PORT", "9100")
			.containsEntry("ISSUER_URI", "http://localhost:9100")
			.containsEntry("WEB_POST_LOGOUT_REDIRECT_URIS", "http://127.0.0.1:8080/signed-out");
		assertThat(identity.baseUrl()).isEqualTo(URI.create("http://localhost:9100"));
		assertThat(identity.logFile()).isEqualTo(ROOT.resolve(".readyroom-data/logs/identity-server.log"));
	}

	@Test
	void theWebAppSignsInAtTheIdentityServerAndRelaysToTheServices() {
		ServiceLaunch web = ServiceLaunches.webApp(this.settings.withWebPort(9080));

		assertThat(web.command()).endsWith("/work/readyroom/web-app/target/web-app.jar");
		assertThat(web.environment()).containsEntry("SERVER_PORT", "9080")
			.containsEntry("ISSUER_URI", "http://localhost:9000")
			.containsEntry("SESSION_URL", "http://localhost:8081")
			.containsEntry("SCORING_URL", "http://localhost:9082")
			.containsEntry("ANALYTICS_URL", "http://localhost:8083");
		assertThat(web.baseUrl()).isEqualTo(URI.create("http://127.0.0.1:9080"));
		assertThat(web.logFile()).isEqualTo(ROOT.resolve(".readyroom-data/logs/web-app.log"));
	}

}
