package io.readyroom.local;

import java.nio.file.Path;
import java.util.List;

import io.readyroom.local.identity.DemoAccount;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PlatformSummaryTests {

	private static final Path DATA = Path.of("/work/readyroom/.readyroom-data");

	@Test
	void listsEveryServiceWithItsHealthAndMetricsEndpoints() {
		String summary = PlatformSummary.of(LocalPlatformSettings.defaults(DATA, Path.of("/work/readyroom")),
				"localhost:9092", "mongodb://localhost:27017", List.of());

		assertThat(summary).contains("session-service", "http://localhost:8081/actuator/health/readiness",
				"http://localhost:8082/actuator/health/liveness", "http://localhost:8083/actuator/prometheus");
	}

	@Test
	void saysWhichInfrastructureIsEmbeddedAndWhereDataAndLogsAre() {
		LocalPlatformSettings settings = LocalPlatformSettings.defaults(DATA, Path.of("/work/readyroom"))
			.withExternalMongo("mongodb://mongo-1:27017");

		String summary = PlatformSummary.of(settings, "localhost:9092", "mongodb://mongo-1:27017", List.of());

		assertThat(summary).contains("localhost:9092 (embedded)", "mongodb://mongo-1:27017 (external)", DATA.toString(),
				DATA.resolve("logs").toString());
	}

	@Test
	void listsTheIdentityServerTheDemoAccountsAndHowToGetAToken() {
		List<DemoAccount> accounts = List.of(
				new DemoAccount("ana", "ana-demo", "learner", "demo-program", List.of("cohort-a")),
				new DemoAccount("carla", "carla-demo", "coach", "demo-program", List.of("cohort-a", "cohort-b")));

		String summary = PlatformSummary.of(LocalPlatformSettings.defaults(DATA, Path.of("/work/readyroom")),
				"localhost:9092", "mongodb://localhost:27017", accounts);

		assertThat(summary).contains("identity-server    http://localhost:9000",
				"http://localhost:9000/.well-known/openid-configuration");
		assertThat(summary.lines()).contains("Open http://127.0.0.1:8080 and sign in with a demo account:",
				"  username  password    role     program       cohorts",
				"  ana       ana-demo    learner  demo-program  cohort-a",
				"  carla     carla-demo  coach    demo-program  cohort-a,cohort-b", "  TOKEN=$(./readyroom token ana)",
				"  curl -H \"Authorization: Bearer $TOKEN\" http://localhost:8083/api/learners/ana/profile");
	}

	@Test
	void theAddressToOpenComesFirst() {
		String summary = PlatformSummary.of(
				LocalPlatformSettings.defaults(DATA, Path.of("/work/readyroom")).withWebPort(9080), "localhost:9092",
				"mongodb://localhost:27017",
				List.of(new DemoAccount("ana", "ana-demo", "learner", "demo-program", List.of("cohort-a"))));

		assertThat(summary.strip().lines().findFirst())
			.hasValue("Open http://127.0.0.1:9080 and sign in with a demo account:");
		assertThat(summary).contains("web-app            http://127.0.0.1:9080");
	}

	@Test
	void theSimulatedLearnersOfTheDemoTakeOneLine() {
		List<DemoAccount> accounts = List.of(
				new DemoAccount("ana", "ana-demo", "learner", "demo-program", List.of("cohort-a")),
				new DemoAccount("demo-learner-01", "demo-learner-01-demo", "learner", "demo-program",
						List.of("cohort-a")),
				new DemoAccount("demo-learner-02", "demo-learner-02-demo", "learner", "demo-program",
						List.of("cohort-b")));

		String summary = PlatformSummary.of(LocalPlatformSettings.defaults(DATA, Path.of("/work/readyroom")),
				"localhost:9092", "mongodb://localhost:27017", accounts);

		assertThat(summary.lines()).contains("  username  password  role     program       cohorts",
				"  ana       ana-demo  learner  demo-program  cohort-a",
				"  and the demo's simulated learners demo-learner-01 … demo-learner-02 (password: the username followed by -demo)");
		assertThat(summary).doesNotContain("demo-learner-01-demo");
	}

	@Test
	void aTokenFromAnIdentityServerOnAnotherPortNeedsThatPort() {
		String summary = PlatformSummary.of(
				LocalPlatformSettings.defaults(DATA, Path.of("/work/readyroom")).withIdentityPort(9100),
				"localhost:9092", "mongodb://localhost:27017",
				List.of(new DemoAccount("ana", "ana-demo", "learner", "demo-program", List.of("cohort-a"))));

		assertThat(summary).contains("./readyroom token ana --identity-port 9100");
	}

	@Test
	void withoutServicesThereIsNoIdentityServerToSignInAt() {
		String summary = PlatformSummary.of(
				LocalPlatformSettings.defaults(DATA, Path.of("/work/readyroom")).withoutServices(), "localhost:9092",
				"mongodb://localhost:27017", List.of());

		assertThat(summary).doesNotContain("identity-server", "web-app", "Open ", "token");
	}

}
