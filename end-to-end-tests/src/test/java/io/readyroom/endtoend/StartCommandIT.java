package io.readyroom.endtoend;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The start command on a fresh clone runs the launcher jar the build produces; a renamed
 * jar once broke {@code ./readyroom} while every other test stayed green.
 */
class StartCommandIT {

	private static final Pattern LAUNCHER = Pattern.compile("launcher=\"\\$root/([^\"]+)\"");

	@Test
	void theLauncherTheStartScriptRunsIsBuiltAndStarts() throws IOException, InterruptedException {
		Path root = BuiltProject.root();
		Matcher launcher = LAUNCHER.matcher(Files.readString(root.resolve("readyroom")));
		assertThat(launcher.find()).as("the start script names its launcher jar").isTrue();
		Path jar = root.resolve(launcher.group(1));

		assertThat(jar).isRegularFile();
		Process help = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
				jar.toString(), "--help")
			.redirectErrorStream(true)
			.start();
		String output = new String(help.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(help.waitFor(60, TimeUnit.SECONDS)).isTrue();
		assertThat(help.exitValue()).as(output).isZero();
		assertThat(output).contains("--data-dir", "--identity-port", "--web-port", "--demo",
				"token USERNAME [PASSWORD]");
	}

}
