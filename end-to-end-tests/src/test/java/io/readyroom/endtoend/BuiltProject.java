package io.readyroom.endtoend;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import io.readyroom.local.LocalPlatformSettings;
import io.readyroom.local.ReadyroomService;

/**
 * The project directory whose service, identity server and web app jars the tests run,
 * checked to be built.
 */
final class BuiltProject {

	static final String ROOT_PROPERTY = "readyroom.root";

	private BuiltProject() {
	}

	/**
	 * @return the directory holding the root POM and the built services
	 * @throws IllegalStateException saying how to build the services when a jar is
	 * missing
	 */
	static Path root() {
		Path root = directory();
		Stream<Path> serviceJars = Stream.of(ReadyroomService.values()).map((service) -> service.jarIn(root));
		LocalPlatformSettings settings = LocalPlatformSettings.defaults(root, root);
		List<Path> missing = Stream.concat(serviceJars, Stream.of(settings.identityServerJar(), settings.webAppJar()))
			.filter((jar) -> !Files.isRegularFile(jar))
			.toList();
		if (!missing.isEmpty()) {
			throw new IllegalStateException("The end-to-end tests run the built services, but " + missing
					+ " are missing. Run ./mvnw verify in " + root + "; it packages the services before these tests.");
		}
		return root;
	}

	/**
	 * @return the project directory, whether or not its services are built: for tests
	 * that read its files only
	 */
	static Path directory() {
		String configured = System.getProperty(ROOT_PROPERTY);
		if (configured != null) {
			return Path.of(configured).toAbsolutePath().normalize();
		}
		// run from an IDE: the working directory is this module or the project itself
		return Stream.of(Path.of(""), Path.of(".."))
			.map((candidate) -> candidate.toAbsolutePath().normalize())
			.filter((candidate) -> Files.isRegularFile(candidate.resolve("mvnw")))
			.findFirst()
			.orElseThrow(() -> new IllegalStateException(
					"Set -D" + ROOT_PROPERTY + " to the project directory, or run ./mvnw verify there"));
	}

}
