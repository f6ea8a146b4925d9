package io.readyroom.local;

import java.io.PrintStream;
import java.net.URI;
import java.util.List;
import java.util.concurrent.Callable;

import io.readyroom.local.identity.DemoAccount;
import io.readyroom.local.identity.DemoAccounts;
import io.readyroom.local.identity.DemoSignIn;
import io.readyroom.local.identity.IdentityServerUnreachableException;
import io.readyroom.local.identity.SignInException;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code ./readyroom token USERNAME [PASSWORD]}: prints an access token of the running
 * platform and nothing else on standard output, so {@code TOKEN=$(./readyroom token ana)}
 * works; everything else goes to standard error.
 */
@Command(name = "token", sortOptions = false,
		header = "Signs a user in at the running platform and prints an access token.",
		description = { "Prints only the token on standard output, to call the services with:", "",
				"  TOKEN=$(./readyroom token ana)",
				"  curl -H \"Authorization: Bearer $TOKEN\" localhost:8083/api/learners/ana/profile", "",
				"A token expires after 30 minutes, and when the platform restarts. Builds and starts nothing." },
		synopsisHeading = "%nUsage: ", descriptionHeading = "%n", parameterListHeading = "%nArguments:%n",
		optionListHeading = "%nOptions:%n")
final class TokenCommand implements Callable<Integer> {

	private final PrintStream out;

	private final PrintStream err;

	@Parameters(index = "0", paramLabel = "USERNAME", description = "whom to sign in")
	private String username = "";

	@Parameters(index = "1", arity = "0..1", paramLabel = "PASSWORD",
			description = "their password (default: the demo account's, given only when the platform runs with --demo)")
	private @Nullable String password;

	@Option(names = "--identity-port", paramLabel = "PORT", converter = WholeNumberRange.Port.class,
			description = "port of the identity server (default: ${DEFAULT-VALUE})")
	private int identityPort = LocalPlatformSettings.DEFAULT_IDENTITY_PORT;

	TokenCommand(PrintStream out, PrintStream err) {
		this.out = out;
		this.err = err;
	}

	/**
	 * @return the exit code: 0 with a token printed, 1 if signing in failed
	 */
	@Override
	public Integer call() {
		try {
			this.out.println(token());
			return 0;
		}
		catch (IdentityServerUnreachableException ex) {
			this.err.println(ex.getMessage() + ". Start Readyroom first with ./readyroom, or give --identity-port"
					+ " if its identity server runs on another port.");
			return 1;
		}
		catch (SignInException ex) {
			this.err.println(ex.getMessage());
			return 1;
		}
	}

	private String token() {
		String password = (this.password != null) ? this.password : demoPasswordOf(this.username);
		return new DemoSignIn(issuerUri()).accessToken(this.username, password);
	}

	private URI issuerUri() {
		return URI.create("http://localhost:" + this.identityPort);
	}

	private String demoPasswordOf(String username) {
		List<DemoAccount> accounts;
		try {
			accounts = DemoAccounts.of(issuerUri());
		}
		catch (IdentityServerUnreachableException ex) {
			throw ex;
		}
		catch (SignInException ex) {
			throw new SignInException(
					ex.getMessage() + "; give the password too: ./readyroom token " + username + " PASSWORD");
		}
		return DemoAccounts.find(accounts, username)
			.map(DemoAccount::password)
			.orElseThrow(() -> new SignInException("'" + username + "' is not a demo account (those are "
					+ accounts.stream().map(DemoAccount::username).toList()
					+ "); give the password too: ./readyroom token " + username + " PASSWORD"));
	}

}
