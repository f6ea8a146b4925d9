package io.readyroom.local;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import io.readyroom.local.identity.FakeIdentityServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TokenCommandTests {

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();

	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	private final TokenCommand command = new TokenCommand(new PrintStream(this.out, true, StandardCharsets.UTF_8),
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
		int exitCode = this.command.run(List.of("ana", "--identity-port", port()));

		assertThat(exitCode).isZero();
		assertThat(stdout()).isEqualTo(FakeIdentityServer.ANA_TOKEN + System.lineSeparator());
		assertThat(stderr()).isEmpty();
	}

	@Test
	void aGivenPasswordIsUsedInsteadOfTheDemoAccounts() {
		int exitCode = this.command.run(List.of("ana", "wrong", "--identity-port=" + port()));

		assertThat(exitCode).isOne();
		assertThat(stdout()).isEmpty();
		assertThat(stderr()).contains("refused to sign in 'ana': wrong username or password");
	}

	@Test
	void aUserWithoutDemoAccountNeedsAPassword() {
		int exitCode = this.command.run(List.of("zed", "--identity-port", port()));

		assertThat(exitCode).isOne();
		assertThat(stderr()).contains("'zed' is not a demo account (those are [ana])")
			.contains("./readyroom token zed PASSWORD");
	}

	@Test
	void aPlatformThatIsNotRunningIsReportedWithWhatToDo() {
		int exitCode = this.command.run(List.of("ana", "--identity-port", Integer.toString(FreePorts.pick())));

		assertThat(exitCode).isOne();
		assertThat(stderr()).contains("No identity server answers at http://localhost:")
			.contains("Start Readyroom first with ./readyroom");
	}

	@Test
	void withoutAUserTheUsageIsShown() {
		assertThat(this.command.run(List.of())).isEqualTo(2);
		assertThat(stderr()).contains("Whom to sign in?").contains("Usage: ./readyroom token USERNAME");
	}

	@Test
	void helpGoesToStandardOutput() {
		assertThat(this.command.run(List.of("--help"))).isZero();
		assertThat(stdout()).startsWith("Usage: ./readyroom token USERNAME [PASSWORD] [--identity-port PORT]");
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
