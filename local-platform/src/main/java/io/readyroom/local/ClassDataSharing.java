package io.readyroom.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * Class data sharing for the platform's JVMs, which {@code ./readyroom} turns on with the
 * system property {@value #ENABLED}: a JVM that maps the classes a previous run loaded
 * starts about a third faster (session-service alone: 9.4 to 9.9 s instead of 13.3 to
 * 15.5 s on an idle 2-core machine). Each jar is extracted once into the data directory
 * ({@code class-data/<jar name>/}), since the JVM shares only classes from plain jars on
 * the class path; the first run writes the archive when it stops cleanly
 * ({@code -XX:ArchiveClassesAtExit}), and every later run maps it. A rebuilt jar is
 * extracted again and its archive dropped; another Java gets an archive of its own.
 * <p>
 * Tests leave it off: their platforms start once in a temporary directory, where an
 * archive written at the stop would only slow the stop down.
 */
final class ClassDataSharing {

	static final String ENABLED = "readyroom.classDataSharing";

	private static final long EXTRACT_TIMEOUT_SECONDS = 120;

	private final Path directory;

	private ClassDataSharing(Path directory) {
		this.directory = directory;
	}

	static Optional<ClassDataSharing> in(LocalPlatformSettings settings) {
		return Boolean.getBoolean(ENABLED) ? Optional.of(at(settings.dataDirectory().resolve("class-data")))
				: Optional.empty();
	}

	/** Class data sharing with the extracted jars and archives in {@code directory}. */
	static ClassDataSharing at(Path directory) {
		return new ClassDataSharing(directory);
	}

	/** Where the archive of the jar named {@code name} (without {@code .jar}) goes. */
	Path archiveOf(String name) {
		return this.directory.resolve(name + "-java-" + javaVersion() + ".jsa");
	}

	/**
	 * The arguments after the JVM's own that run {@code jar}: the shared archive's option
	 * and the extracted jar.
	 * @throws UncheckedIOException if the jar cannot be extracted
	 */
	List<String> runJar(Path jar) {
		String name = jar.getFileName().toString().replaceFirst("\\.jar$", "");
		Path extracted = this.directory.resolve(name);
		Path runnable = extracted.resolve(jar.getFileName());
		Path archive = archiveOf(name);
		try {
			if (!Files.exists(runnable)
					|| Files.getLastModifiedTime(jar).compareTo(Files.getLastModifiedTime(runnable)) > 0) {
				extract(jar, extracted);
				Files.deleteIfExists(archive);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not extract " + jar + " for class data sharing", ex);
		}
		String archiveOption = Files.exists(archive) ? "-XX:SharedArchiveFile=" : "-XX:ArchiveClassesAtExit=";
		return List.of(archiveOption + archive, "-jar", runnable.toString());
	}

	/**
	 * Extracts with Spring Boot's jar tools into {@code destination}; what they print
	 * goes to {@code <destination>.log}, read only when they fail or overrun.
	 */
	private static void extract(Path jar, Path destination) throws IOException {
		Files.createDirectories(destination);
		Path log = destination.resolveSibling(destination.getFileName() + ".log");
		Process extraction = new ProcessBuilder(ServiceLaunches.javaExecutable().toString(), "-Djarmode=tools", "-jar",
				jar.toString(), "extract", "--destination", destination.toString(), "--force")
			.redirectErrorStream(true)
			.redirectOutput(log.toFile())
			.start();
		try {
			if (!extraction.waitFor(EXTRACT_TIMEOUT_SECONDS, TimeUnit.SECONDS) || extraction.exitValue() != 0) {
				extraction.destroyForcibly();
				throw new IOException("extraction failed: " + Files.readString(log).strip());
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			extraction.destroyForcibly();
			throw new IOException("interrupted while extracting", ex);
		}
	}

	private static String javaVersion() {
		return Runtime.version().version().stream().map(String::valueOf).collect(Collectors.joining("."));
	}

}
