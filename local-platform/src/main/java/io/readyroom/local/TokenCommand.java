package io.readyroom.local;

import java.io.PrintStream;
import java.util.List;

import io.readyroom.local.identity.DemoAccount;
import io.readyroom.local.identity.DemoAccounts;
import io.readyroom.local.identity.DemoSignIn;
import io.readyroom.local.identity.IdentityServerUnreachableException;
import io.readyroom.local.identity.SignInException;

/**
 * {@code ./readyroom token USERNAME [PASSWORD]}: prints an access token of the running
 * platform and nothing else on standard output, so {@code TOKEN=$(./readyroom token ana)}
 * works; everything else goes to standard error.
 */
final class TokenCommand {

	private final PrintStream out;

	private final PrintStream err;

	TokenCommand(PrintStream out, PrintStream err) {
		this.out = out;
		this.err = err;
	}

	/**
	 * @param arguments the arguments after {@code token}
	 * @return the exit code: 0 with a token printed, 1 if signing in failed, 2 for a
	 * usage error
	 */
	int run(List<String> arguments) {
		TokenOptions options;
		try {
			options = TokenOptions.parse(arguments);
		}
		catch (IllegalArgumentException ex) {
			this.err.println(ex.getMessage());
			this.err.println();
			this.err.print(TokenOptions.USAGE);
			return 2;
		}
		if (options.helpRequested()) {
			this.out.print(TokenOptions.USAGE);
			return 0;
		}
		try {
			this.out.println(tokenFor(options));
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

	private static String tokenFor(TokenOptions options) {
		String username = options.username();
		if (username == null) {
			throw new IllegalStateException("Only help was requested");
		}
		String password = (options.password() != null) ? options.password() : demoPasswordOf(username, options);
		return new DemoSignIn(options.issuerUri()).accessToken(username, password);
	}

	private static String demoPasswordOf(String username, TokenOptions options) {
		List<DemoAccount> accounts;
		try {
			accounts = DemoAccounts.of(options.issuerUri());
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
