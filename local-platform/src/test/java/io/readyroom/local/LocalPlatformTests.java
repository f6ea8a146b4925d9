package io.readyroom.local;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class LocalPlatformTests {

	@TempDir
	Path dataDirectory;

	@TempDir
	Path emptyProject;

	private final ByteArrayOutputStream console = new ByteArrayOutputStream();

	@Test
	void externalServersArePassedThroughWithoutStartingAnything() {
		LocalPlatformSettings settings = LocalPlatformSettings.defaults(this.dataDirectory, this.emptyProject)
			.withoutServices()
			.withExternalKafka("kafka-1:9092")
			.withExternalMongo("mongodb://mongo-1:27017");

		try (LocalPlatform platform = LocalPlatform.start(settings, printStream())) {
			assertThat(platform.kafkaBootstrap()).isEqualTo("kafka-1:9092");
			assertThat(platform.mongoUri()).isEqualTo("mongodb://mongo-1:27017");
		}
		assertThat(output()).contains("Using the Kafka at kafka-1:9092").doesNotContain("Starting Kafka");
	}

	@Test
	void aServiceThatIsNotPartOfThePlatformHasNoUrl() {
		LocalPlatformSettings settings = LocalPlatformSettings.defaults(this.dataDirectory, this.emptyProject)
			.withoutServices();

		assertThatIllegalArgumentException()
			.isThrownBy(() -> new LocalPlatform(settings, printStream()).baseUrl(ReadyroomService.SESSION))
			.withMessageContaining("session-service is not part of this platform");
	}

	@Test
	void aMissingServiceJarIsReportedBeforeAnythingStarts() {
		LocalPlatformSettings settings = LocalPlatformSettings.onFreePorts(this.dataDirectory, this.emptyProject);

		assertThatExceptionOfType(PlatformStartException.class)
			.isThrownBy(() -> LocalPlatform.start(settings, printStream()))
			.withMessageContaining("session-service is not built")
			.withMessageContaining("./mvnw -DskipTests package");
		assertThat(output()).doesNotContain("Starting Kafka");
	}

	@Test
	void aMissingIdentityServerJarIsReportedBeforeAnythingStarts() throws IOException {
		for (ReadyroomService service : ReadyroomService.values()) {
			Files.createDirectories(service.jarIn(this.emptyProject).getParent());
			Files.createFile(service.jarIn(this.emptyProject));
		}
		LocalPlatformSettings settings = LocalPlatformSettings.onFreePorts(this.dataDirectory, this.emptyProject);

		assertThatExceptionOfType(PlatformStartException.class)
			.isThrownBy(() -> LocalPlatform.start(settings, printStream()))
			.withMessageContaining("identity-server is not built")
			.withMessageContaining("identity-server/target/identity-server.jar is missing");
		assertThat(output()).doesNotContain("Starting Kafka");
	}

	@Test
	void aMissingWebAppJarIsReportedBeforeAnythingStarts() throws IOException {
		for (ReadyroomService service : ReadyroomService.values()) {
			Files.createDirectories(service.jarIn(this.emptyProject).getParent());
			Files.createFile(service.jarIn(this.emptyProject));
		}
		LocalPlatformSettings settings = LocalPlatformSettings.onFreePorts(this.dataDirectory, this.emptyProject);
		Files.createDirectories(settings.identityServerJar().getParent());
		Files.createFile(settings.identityServerJar());

		assertThatExceptionOfType(PlatformStartException.class)
			.isThrownBy(() -> LocalPlatform.start(settings, printStream()))
			.withMessageContaining("web-app is not built")
			.withMessageContaining("web-app/target/web-app.jar is missing");
		assertThat(output()).doesNotContain("Starting Kafka");
	}

	@Test
	void aPlatformWithoutServicesHasNoFrontDoor() {
		LocalPlatformSettings settings = LocalPlatformSettings.defaults(this.dataDirectory, this.emptyProject)
			.withoutServices();

		assertThatExceptionOfType(IllegalStateException.class)
			.isThrownBy(() -> new LocalPlatform(settings, printStream()).frontDoor())
			.withMessageContaining("no web app");
	}

	@Test
	void aPlatformWithoutServicesHasNoIssuer() {
		LocalPlatformSettings settings = LocalPlatformSettings.defaults(this.dataDirectory, this.emptyProject)
			.withoutServices();

		assertThatExceptionOfType(IllegalStateException.class)
			.isThrownBy(() -> new LocalPlatform(settings, printStream()).issuerUri())
			.withMessageContaining("no identity server");
	}

	private PrintStream printStream() {
		return new PrintStream(this.console, true, StandardCharsets.UTF_8);
	}

	private String output() {
		return this.console.toString(StandardCharsets.UTF_8);
	}

}
