package io.readyroom.local.identity;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Optional;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The demo accounts a running local identity server publishes, so the launcher and the
 * token command need no copy of them.
 */
public final class DemoAccounts {

	static final String PATH = "/demo-accounts";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private DemoAccounts() {
	}

	/**
	 * @param issuer the identity server's base URL
	 * @return its accounts, in the order it lists them
	 * @throws SignInException if the server is not there or answers unexpectedly
	 */
	public static List<DemoAccount> of(URI issuer) {
		HttpResponse<String> response = new BrowserSession().getJson(issuer.resolve(PATH));
		if (response.statusCode() == 404) {
			throw new SignInException("The identity server at " + issuer
					+ " lists its demo accounts only in demo mode (./readyroom --demo)");
		}
		if (response.statusCode() != 200) {
			throw new SignInException("The identity server at " + issuer + " lists no demo accounts: HTTP "
					+ response.statusCode() + " to GET " + PATH);
		}
		try {
			return List.of(JSON.readValue(response.body(), DemoAccount[].class));
		}
		catch (JacksonException ex) {
			throw new SignInException("The identity server at " + issuer + " lists its demo accounts unreadably", ex);
		}
	}

	public static Optional<DemoAccount> find(List<DemoAccount> accounts, String username) {
		return accounts.stream().filter((account) -> account.username().equals(username)).findFirst();
	}

}
