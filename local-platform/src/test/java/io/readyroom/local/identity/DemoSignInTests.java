package io.readyroom.local.identity;

import java.io.IOException;
import java.net.URI;

import io.readyroom.local.FreePorts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class DemoSignInTests {

	private final FakeIdentityServer server;

	DemoSignInTests() throws IOException {
		this.server = new FakeIdentityServer();
	}

	@AfterEach
	void stopServer() {
		this.server.close();
	}

	@Test
	void signsInThroughTheLoginFormAndRedeemsTheCodeWithItsVerifier() {
		String token = new DemoSignIn(this.server.issuer()).accessToken("ana", "ana-demo");

		assertThat(token).isEqualTo(FakeIdentityServer.ANA_TOKEN);
	}

	@Test
	void aWrongPasswordIsReportedAsSuch() {
		assertThatExceptionOfType(SignInException.class)
			.isThrownBy(() -> new DemoSignIn(this.server.issuer()).accessToken("ana", "guess"))
			.withMessage("The identity server at " + this.server.issuer()
					+ " refused to sign in 'ana': wrong username or password");
	}

	@Test
	void aRefusedAuthorizationNamesTheServersReason() {
		this.server.refuseAuthorizationWith("invalid_request");

		assertThatExceptionOfType(SignInException.class)
			.isThrownBy(() -> new DemoSignIn(this.server.issuer()).accessToken("ana", "ana-demo"))
			.withMessageContaining("refused to authorize")
			.withMessageContaining("invalid_request (refused on purpose)");
	}

	@Test
	void aServerThatIsNotThereIsReportedWithItsAddress() {
		URI nowhere = URI.create("http://localhost:" + FreePorts.pick());

		assertThatExceptionOfType(IdentityServerUnreachableException.class)
			.isThrownBy(() -> new DemoSignIn(nowhere).accessToken("ana", "ana-demo"))
			.withMessage("No identity server answers at " + nowhere);
	}

	@Test
	void theDemoAccountsComeFromTheServer() {
		assertThat(DemoAccounts.of(this.server.issuer())).singleElement().satisfies((ana) -> {
			assertThat(ana.username()).isEqualTo("ana");
			assertThat(ana.password()).isEqualTo("ana-demo");
			assertThat(ana.role()).isEqualTo("learner");
			assertThat(ana.cohortIds()).containsExactly("cohort-a");
		});
	}

}
