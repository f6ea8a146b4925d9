package io.readyroom.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The first run of an extracted jar writes its archive, every later run maps it, and a
 * rebuilt jar is extracted again without the old archive.
 */
class ClassDataSharingTests {

	private static final Instant BUILT = Instant.parse("2026-12-07T12:00:00Z");

	@TempDir
	Path root;

	@Test
	void theFirstRunWritesTheArchiveAndLaterRunsMapIt() throws IOException {
		Path jar = jar(BUILT);
		ClassDataSharing sharing = ClassDataSharing.at(this.root.resolve("class-data"));
		Path extracted = extractedAsOf(BUILT);

		assertThat(sharing.runJar(jar)).containsExactly(
				"-XX:ArchiveClassesAtExit=" + sharing.archiveOf("session-service"), "-jar", extracted.toString());

		Files.writeString(sharing.archiveOf("session-service"), "archive");
		assertThat(sharing.runJar(jar)).containsExactly("-XX:SharedArchiveFile=" + sharing.archiveOf("session-service"),
				"-jar", extracted.toString());
	}

	@Test
	void aRebuiltJarIsExtractedAgain() throws IOException {
		Path jar = jar(BUILT.plusSeconds(60));
		ClassDataSharing sharing = ClassDataSharing.at(this.root.resolve("class-data"));
		extractedAsOf(BUILT);
		Files.writeString(sharing.archiveOf("session-service"), "archive");

		// not a Spring Boot jar, so the extraction itself fails, and says so
		assertThatExceptionOfType(UncheckedIOException.class).isThrownBy(() -> sharing.runJar(jar))
			.withMessageContaining("Could not extract " + jar);
	}

	private Path jar(Instant built) throws IOException {
		Path jar = Files.writeString(this.root.resolve("session-service.jar"), "not really a jar");
		Files.setLastModifiedTime(jar, FileTime.from(built));
		return jar;
	}

	/** A jar extracted as the tools would, keeping the uber jar's time. */
	private Path extractedAsOf(Instant built) throws IOException {
		Path extracted = this.root.resolve("class-data/session-service/session-service.jar");
		Files.createDirectories(extracted.getParent());
		Files.writeString(extracted, "application classes");
		Files.setLastModifiedTime(extracted, FileTime.from(built));
		return extracted;
	}

}
