package io.readyroom.local.load;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LoadCommandTests {

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();

	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	private final LoadCommand command = new LoadCommand(new PrintStream(this.out, true, StandardCharsets.UTF_8),
			new PrintStream(this.err, true, StandardCharsets.UTF_8));

	@Test
	void helpPrintsTheUsageAndDoesNothingElse() throws InterruptedException {
		assertThat(this.command.run(List.of("--help"))).isZero();

		assertThat(stdout()).isEqualTo(LoadOptions.USAGE);
		assertThat(stderr()).isEmpty();
	}

	@Test
	void aBadOptionIsAUsageErrorThatSaysWhatIsWrong() throws InterruptedException {
		assertThat(this.command.run(List.of("--rate", "fast"))).isEqualTo(2);

		assertThat(stderr()).startsWith("--rate needs answers per second").contains(LoadOptions.USAGE);
		assertThat(stdout()).isEmpty();
	}

	@Test
	void withoutARunningPlatformItSaysToStartOne() throws IOException, InterruptedException {
		int closedPort;
		try (ServerSocket socket = new ServerSocket(0)) {
			closedPort = socket.getLocalPort();
		}

		assertThat(this.command.run(List.of("--identity-port", Integer.toString(closedPort)))).isOne();

		assertThat(stderr()).contains("Start Readyroom first with ./readyroom");
	}

	private String stdout() {
		return this.out.toString(StandardCharsets.UTF_8);
	}

	private String stderr() {
		return this.err.toString(StandardCharsets.UTF_8);
	}

}
