package io.readyroom.local;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PlatformSummaryTests {

	private static final Path DATA = Path.of("/work/readyroom/.readyroom-data");

	@Test
	void listsEveryServiceWithItsHealthAndMetricsEndpoints() {
		String summary = PlatformSummary.of(LocalPlatformSettings.defaults(DATA, Path.of("/work/readyroom")),
				"localhost:9092", "mongodb://localhost:27017");

		assertThat(summary).contains("session-service", "http://localhost:8081/actuator/health/readiness",
				"http://localhost:8082/actuator/health/liveness", "http://localhost:8083/actuator/prometheus");
	}

	@Test
	void saysWhichInfrastructureIsEmbeddedAndWhereDataAndLogsAre() {
		LocalPlatformSettings settings = LocalPlatformSettings.defaults(DATA, Path.of("/work/readyroom"))
			.withExternalMongo("mongodb://mongo-1:27017");

		String summary = PlatformSummary.of(settings, "localhost:9092", "mongodb://mongo-1:27017");

		assertThat(summary).contains("localhost:9092 (embedded)", "mongodb://mongo-1:27017 (external)", DATA.toString(),
				DATA.resolve("logs").toString());
	}

}
