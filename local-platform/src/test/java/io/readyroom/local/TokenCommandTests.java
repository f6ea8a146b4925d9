package io.readyroom.local;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import io.readyroom.local.identity.FakeIdentityServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import static org.assertj.core.api.Assertions.assertThat;

class TokenCommandTests {

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();

	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	private final CommandLine readyroom = ReadyroomCommand.commandLine(
			new PrintStream(this.out, true, StandardCharsets.UTF_8),
			new PrintStream(this.err, true, StandardCharsets.UTF_8));

	private final FakeIdentityServer server;

	TokenCommandTests() throws IOException {
		this.server = new FakeIdentityServer();
	}

	@AfterEach
	void stopServer() {
		this.server.close();
	}

	@Test
	void printsOnlyTheTokenSoTheShellCanCaptureIt() {
		int exitCode = this.readyroom.execute("token", "ana", "--identity-port", port());

		assertThat(exitCode).isZero();
		assertThat(stdout()).isEqualTo(FakeIdentityServer.ANA_TOKEN + System.lineSeparator());
		assertThat(stderr()).isEmpty();
	}

	@Test
	void aGivenPasswordIsUsedInsteadOfTheDemoAccounts() {
		int exitCode = this.readyroom.execute("token", "ana", "wrong", "--identity-port=" + port());

		assertThat(exitCode).isOne();
		assertThat(stdout()).isEmpty();
		assertThat(stderr()).contains("refused to sign in 'ana': wrong username or password");
	}

	@Test
	void aUserWithoutDemoAccountNeedsAPassword() {
		int exitCode = this.readyroom.execute("token", "zed", "--identity-port", port());

		assertThat(exitCode).isOne();
		assertThat(stderr()).contains("'zed' is not a demo account (those are [ana])")
			.contains("./readyroom token zed PASSWORD");
	}

	@Test
	void aPlatformThatIsNotRunningIsReportedWithWhatToDo() {
		int exitCode = this.readyroom.execute("token", "ana", "--identity-port", Integer.toString(FreePorts.pick()));

		assertThat(exitCode).isOne();
		assertThat(stderr()).contains("No identity server answers at http://localhost:")
			.contains("Start Readyroom first with ./readyroom");
	}

	@Test
	void withoutAUserTheUsageIsShown() {
		assertThat(this.readyroom.execute("token")).isEqualTo(2);
		assertThat(stderr()).startsWith("Missing required parameter: 'USERNAME'")
			.contains("Usage: ./readyroom token [-h] [--identity-port=PORT] USERNAME [PASSWORD]");
		assertThat(stdout()).isEmpty();
	}

	@Test
	void moreThanAUserAndAPasswordIsAUsageError() {
		assertThat(this.readyroom.execute("token", "ana", "ana-demo", "extra", "--identity-port", port())).isEqualTo(2);
		assertThat(stderr()).startsWith("Unmatched argument at index 3: 'extra'");
		assertThat(stdout()).isEmpty();
	}

	@Test
	void aPortOutOfRangeIsNamedWithItsValue() {
		assertThat(this.readyroom.execute("token", "ana", "--identity-port", "90000")).isEqualTo(2);
		assertThat(stderr())
			.startsWith("Invalid value for option '--identity-port': '90000' is not a whole number from 1 to 65535");
		assertThat(stdout()).isEmpty();
	}

	@Test
	void helpGoesToStandardOutput() {
		assertThat(this.readyroom.execute("token", "--help")).isZero();
		assertThat(stdout()).contains("Usage: ./readyroom token [-h] [--identity-port=PORT] USERNAME [PASSWORD]")
			.contains("TOKEN=$(./readyroom token ana)")
			.contains("--identity-port=PORT   port of the identity server (default: 9000)");
		assertThat(stderr()).isEmpty();
	}

	private String port() {
		return Integer.toString(this.server.issuer().getPort());
	}

	private String stdout() {
		return this.out.toString(StandardCharsets.UTF_8);
	}

	private String stderr() {
		return this.err.toString(StandardCharsets.UTF_8);
	}

}
