package io.readyroom.local;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.readyroom.local.service.ServiceLaunch;

/**
 * Turns the settings into one launch per service, and one for the identity server: the
 * same Java that runs the launcher, the jar, and the environment variables they read.
 */
final class ServiceLaunches {

	private ServiceLaunches() {
	}

	static List<ServiceLaunch> plan(LocalPlatformSettings settings, String kafkaBootstrap, String mongoUri) {
		List<ServiceLaunch> launches = new ArrayList<>();
		settings.servicePorts()
			.forEach((service, port) -> launches.add(launchOf(service, port, settings, kafkaBootstrap, mongoUri)));
		return launches;
	}

	/**
	 * The identity server, issuing tokens under its own base URL, which is how the
	 * services and the browser both reach it.
	 */
	static ServiceLaunch identityServer(LocalPlatformSettings settings) {
		List<String> command = List.of(javaExecutable().toString(), "-jar", settings.identityServerJar().toString());
		Map<String, String> environment = Map.of("SERVER_PORT", Integer.toString(settings.identityPort()), "ISSUER_URI",
				settings.issuerUri().toString());
		return new ServiceLaunch(LocalPlatformSettings.IDENTITY_SERVER, command, environment, settings.projectRoot(),
				settings.issuerUri(), settings.logDirectory().resolve(LocalPlatformSettings.IDENTITY_SERVER + ".log"));
	}

	static URI baseUrl(int port) {
		return URI.create("http://localhost:" + port);
	}

	static Path javaExecutable() {
		boolean windows = System.getProperty("os.name").startsWith("Windows");
		return Path.of(System.getProperty("java.home"), "bin", windows ? "java.exe" : "java");
	}

	private static ServiceLaunch launchOf(ReadyroomService service, int port, LocalPlatformSettings settings,
			String kafkaBootstrap, String mongoUri) {
		List<String> command = List.of(javaExecutable().toString(), "-jar",
				service.jarIn(settings.projectRoot()).toString());
		Map<String, String> environment = new HashMap<>(Map.of("KAFKA_BOOTSTRAP", kafkaBootstrap, "MONGODB_URI",
				mongoUri, "SERVER_PORT", Integer.toString(port), "ISSUER_URI", settings.issuerUri().toString()));
		// session-service asks analytics for weak areas when it plans a targeted session
		Integer analyticsPort = settings.servicePorts().get(ReadyroomService.ANALYTICS);
		if (analyticsPort != null) {
			environment.put("ANALYTICS_URL", baseUrl(analyticsPort).toString());
		}
		return new ServiceLaunch(service.artifactId(), command, environment, settings.projectRoot(), baseUrl(port),
				settings.logDirectory().resolve(service.artifactId() + ".log"));
	}

}
