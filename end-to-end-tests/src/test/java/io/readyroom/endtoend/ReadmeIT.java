package io.readyroom.endtoend;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.readyroom.local.LocalPlatform;
import io.readyroom.local.LocalPlatformSettings;
import io.readyroom.local.ReadyroomService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.CleanupMode;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README holds on a started platform: its "Try it" bash block, taken from the README,
 * runs as written and prints what the README says it prints (only the ports change, since
 * the platform runs on free ones), and every endpoint of its service table answers a role
 * allowed to call it.
 */
class ReadmeIT {

	private static final Pattern TRY_IT = Pattern.compile("(?s)\\n## Try it\\n.*?```bash\\n(.*?)```");

	@TempDir(cleanup = CleanupMode.ON_SUCCESS)
	static Path dataDirectory;

	private static LocalPlatform platform;

	@BeforeAll
	static void startPlatform() {
		platform = LocalPlatform.start(LocalPlatformSettings.onFreePorts(dataDirectory, BuiltProject.root()));
	}

	@AfterAll
	static void stopPlatform() {
		if (platform != null) {
			platform.close();
		}
	}

	@Test
	void theReadmesTryItRunsAsWrittenAndPrintsWhatItSays() throws IOException, InterruptedException {
		Path root = BuiltProject.root();
		String script = onThisPlatform(tryItBlock(root));

		Process bash = new ProcessBuilder("bash", "-e", "-o", "pipefail", "-c", script).directory(root.toFile())
			.redirectErrorStream(true)
			.start();
		boolean finished = bash.waitFor(3, TimeUnit.MINUTES);
		if (!finished) {
			bash.destroyForcibly();
		}
		String output = new String(bash.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

		assertThat(finished).as("finished within 3 minutes: " + output).isTrue();
		assertThat(bash.exitValue()).as(output).isZero();
		assertThat(output).as("the answer accepted")
			.containsPattern("\\{\"answerId\":\"[0-9a-f-]{36}\",\"status\":\"ACCEPTED\"\\} 202");
		assertThat(output).as("the feedback's score and verdicts")
			.containsPattern(
					"\\{\"score\":\\d+,\"criteria\":\\[\\{\"description\":\"[^\"]+\",\"verdict\":\"(MET|PARTIAL|MISSED)\"");
		// other tests on this platform may have answered as ana too
		assertThat(output).as("ana's profile").containsPattern("\\{\"learnerId\":\"ana\",\"answerCount\":[1-9]\\d*,");
		assertThat(output).as("ben's profile refused").contains("404 application/problem+json");
	}

	@Test
	void everyEndpointOfTheReadmesServiceTableAnswersARoleAllowedToCallIt() {
		ReadmeEndpoints endpoints = ReadmeEndpoints.on(platform);

		endpoints.table().forEach(endpoints::check);
	}

	private static String tryItBlock(Path root) throws IOException {
		Matcher block = TRY_IT.matcher(Files.readString(root.resolve("README.md")));
		assertThat(block.find()).as("the README has a bash block under \"## Try it\"").isTrue();
		return block.group(1);
	}

	private static String onThisPlatform(String script) {
		String moved = script;
		for (ReadyroomService service : ReadyroomService.values()) {
			moved = moved.replace("localhost:" + service.defaultPort(),
					"localhost:" + platform.baseUrl(service).getPort());
		}
		return moved.replace("./readyroom token ",
				"./readyroom token --identity-port " + platform.issuerUri().getPort() + " ");
	}

}
