package io.readyroom.local.load;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;

import io.readyroom.local.ReadyroomCommand;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import static org.assertj.core.api.Assertions.assertThat;

class LoadCommandTests {

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();

	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	private final CommandLine readyroom = ReadyroomCommand.commandLine(
			new PrintStream(this.out, true, StandardCharsets.UTF_8),
			new PrintStream(this.err, true, StandardCharsets.UTF_8));

	@Test
	void helpPrintsTheUsageAndDoesNothingElse() {
		assertThat(this.readyroom.execute("load", "--help")).isZero();

		assertThat(stdout()).isEqualTo(usage())
			.contains("Usage: ./readyroom load")
			.contains("--learners=N", "(default: 20)", "--answers=N", "(default: 300)", "--duration=SECONDS",
					"--rate=N", "(default: 50)", "--identity-port=PORT", "--kafka-port=PORT", "-h, --help");
		assertThat(stderr()).isEmpty();
	}

	@Test
	void aBadOptionIsAUsageErrorThatSaysWhatIsWrong() {
		assertThat(this.readyroom.execute("load", "--rate", "fast")).isEqualTo(2);

		assertThat(stderr())
			.startsWith("Invalid value for option '--rate': 'fast' is not a number of answers per second")
			.contains("Usage: ./readyroom load");
		assertThat(stdout()).isEmpty();
	}

	@Test
	void withoutARunningPlatformItSaysToStartOne() throws IOException {
		int closedPort;
		try (ServerSocket socket = new ServerSocket(0)) {
			closedPort = socket.getLocalPort();
		}

		assertThat(this.readyroom.execute("load", "--identity-port", Integer.toString(closedPort))).isOne();

		assertThat(stderr()).contains("Start Readyroom first with ./readyroom");
	}

	private String usage() {
		return this.readyroom.getSubcommands().get("load").getUsageMessage(CommandLine.Help.Ansi.OFF);
	}

	private String stdout() {
		return this.out.toString(StandardCharsets.UTF_8);
	}

	private String stderr() {
		return this.err.toString(StandardCharsets.UTF_8);
	}

}
