package io.readyroom.faults;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import io.readyroom.local.LocalPlatformSettings;
import io.readyroom.local.ReadyroomService;

/**
 * The project directory whose built jars the suite runs, checked to be built.
 */
final class ProjectRoot {

	private ProjectRoot() {
	}

	static Path locate() {
		String configured = System.getProperty("readyroom.root");
		Path root = (configured != null) ? Path.of(configured).toAbsolutePath().normalize()
				: Path.of("..").toAbsolutePath().normalize();
		LocalPlatformSettings settings = LocalPlatformSettings.defaults(root, root);
		List<Path> missing = Stream
			.concat(Stream.of(ReadyroomService.values()).map((service) -> service.jarIn(root)),
					Stream.of(settings.identityServerJar(),
							root.resolve("local-platform/target/local-platform-exec.jar")))
			.filter((jar) -> !Files.isRegularFile(jar))
			.toList();
		if (!missing.isEmpty()) {
			throw new IllegalStateException("The fault suite runs the built jars, but " + missing
					+ " are missing; run ./mvnw verify -pl fault-tests -am in " + root);
		}
		return root;
	}

}
