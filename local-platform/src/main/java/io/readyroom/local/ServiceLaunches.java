package io.readyroom.local;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.readyroom.local.service.ServiceLaunch;

/**
 * Turns the settings into one launch per service, one for the identity server and one for
 * the web app: the same Java that runs the launcher, the jar, and the environment
 * variables they read.
 */
final class ServiceLaunches {

	/** Spring Boot's {@code server.address}: the interface a server listens on. */
	static final String SERVER_ADDRESS = "SERVER_ADDRESS";

	/** The identity server lists its demo accounts only with this set to true. */
	static final String DEMO_MODE = "DEMO_MODE";

	/**
	 * How many learners {@code ./readyroom load} can practise with: the identity server
	 * signs in as many load learners, at no cost until they are used. Their passwords are
	 * public, so a platform that others can reach ({@code --listen-all}) has none.
	 */
	static final int LOAD_LEARNERS = 1000;

	/** The heap of the identity server and the web app, which keep little. */
	static final String SMALL_HEAP = "160m";

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
	 * services and the browser both reach it. Signing out of the web app returns to the
	 * web app's {@code /signed-out}, which the server must know exactly, port included.
	 */
	static ServiceLaunch identityServer(LocalPlatformSettings settings) {
		List<String> command = javaCommand(settings, SMALL_HEAP, settings.identityServerJar());
		Map<String, String> environment = Map.of("SERVER_PORT", Integer.toString(settings.identityPort()),
				SERVER_ADDRESS, settings.bindAddress(), "ISSUER_URI", settings.issuerUri().toString(),
				"WEB_POST_LOGOUT_REDIRECT_URIS", settings.frontDoor().resolve("/signed-out").toString(), DEMO_MODE,
				Boolean.toString(settings.demoMode()), "LOAD_LEARNERS",
				Integer.toString(settings.listenAll() ? 0 : LOAD_LEARNERS));
		return new ServiceLaunch(LocalPlatformSettings.IDENTITY_SERVER, command, environment, settings.projectRoot(),
				settings.issuerUri(), settings.logDirectory().resolve(LocalPlatformSettings.IDENTITY_SERVER + ".log"));
	}

	/**
	 * The web app, signing people in at the identity server and relaying their calls to
	 * the services. It is probed at the front door's address, where people open it.
	 */
	static ServiceLaunch webApp(LocalPlatformSettings settings) {
		List<String> command = javaCommand(settings, SMALL_HEAP, settings.webAppJar());
		Map<String, String> environment = Map.of("SERVER_PORT", Integer.toString(settings.webPort()), SERVER_ADDRESS,
				settings.bindAddress(), "ISSUER_URI", settings.issuerUri().toString(), "SESSION_URL",
				serviceUrl(settings, ReadyroomService.SESSION), "SCORING_URL",
				serviceUrl(settings, ReadyroomService.SCORING), "ANALYTICS_URL",
				serviceUrl(settings, ReadyroomService.ANALYTICS));
		return new ServiceLaunch(LocalPlatformSettings.WEB_APP, command, environment, settings.projectRoot(),
				settings.frontDoor(), settings.logDirectory().resolve(LocalPlatformSettings.WEB_APP + ".log"));
	}

	private static String serviceUrl(LocalPlatformSettings settings, ReadyroomService service) {
		return baseUrl(settings.servicePorts().getOrDefault(service, service.defaultPort())).toString();
	}

	static URI baseUrl(int port) {
		return URI.create("http://localhost:" + port);
	}

	/**
	 * Runs a jar in the launcher's Java with a bounded heap, so six JVMs fit a small
	 * machine: a heap starts small and grows only as far as {@code maxHeap}, and the
	 * serial collector needs no collector threads of its own on two cores. With
	 * {@link ClassDataSharing} on, the jar runs extracted with its shared archive.
	 */
	static List<String> javaCommand(LocalPlatformSettings settings, String maxHeap, Path jar) {
		List<String> command = new ArrayList<>(
				List.of(javaExecutable().toString(), "-Xms16m", "-Xmx" + maxHeap, "-XX:+UseSerialGC", "-Xss512k"));
		command.addAll(ClassDataSharing.in(settings)
			.map((sharing) -> sharing.runJar(jar))
			.orElse(List.of("-jar", jar.toString())));
		return List.copyOf(command);
	}

	static Path javaExecutable() {
		boolean windows = System.getProperty("os.name").startsWith("Windows");
		return Path.of(System.getProperty("java.home"), "bin", windows ? "java.exe" : "java");
	}

	private static ServiceLaunch launchOf(ReadyroomService service, int port, LocalPlatformSettings settings,
			String kafkaBootstrap, String mongoUri) {
		List<String> command = javaCommand(settings, service.maxHeap(), service.jarIn(settings.projectRoot()));
		Map<String, String> environment = new HashMap<>(Map.of("KAFKA_BOOTSTRAP", kafkaBootstrap, "MONGODB_URI",
				mongoUri, "SERVER_PORT", Integer.toString(port), SERVER_ADDRESS, settings.bindAddress(), "ISSUER_URI",
				settings.issuerUri().toString()));
		// session-service asks analytics for weak areas when it plans a targeted session
		Integer analyticsPort = settings.servicePorts().get(ReadyroomService.ANALYTICS);
		if (analyticsPort != null) {
			environment.put("ANALYTICS_URL", baseUrl(analyticsPort).toString());
		}
		// only the demo dates practice in the past
		if (service == ReadyroomService.SESSION && settings.demoMode()) {
			environment.put("READYROOM_PRACTICE_BACKDATING_ALLOWED", "true");
		}
		return new ServiceLaunch(service.artifactId(), command, environment, settings.projectRoot(), baseUrl(port),
				settings.logDirectory().resolve(service.artifactId() + ".log"));
	}

}
