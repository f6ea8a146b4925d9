package io.readyroom.local.demo;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpExchange;
import io.readyroom.local.identity.DemoAccount;

/**
 * The identity server as far as signing in goes: authorize sends a new browser to a login
 * form, the form checks the demo password and sends it back, authorize redirects with a
 * code, and the token endpoint redeems it for {@code token-for-<username>}. It lists the
 * demo accounts and remembers who signed in.
 */
final class FakeIdentity {

	static final List<DemoAccount> ACCOUNTS = List.of(account("ana", "learner", "demo-program", "cohort-a"),
			account("ben", "learner", "demo-program", "cohort-b"),
			account("demo-learner-01", "learner", "demo-program", "cohort-a"),
			account("demo-learner-06", "learner", "demo-program", "cohort-b"),
			account("olga", "learner", "other-program", "cohort-x"),
			account("carla", "coach", "demo-program", "cohort-a"), account("dana", "director", "demo-program"),
			account("omar", "director", "other-program"));

	static final List<String> PROGRAM_LEARNERS = List.of("ana", "ben", "demo-learner-01", "demo-learner-06");

	private final List<String> signIns = new CopyOnWriteArrayList<>();

	private final Map<String, Browser> browsers = new ConcurrentHashMap<>();

	private final Map<String, String> codes = new ConcurrentHashMap<>();

	void register(FakePlatform.Routes routes) {
		routes.add("/demo-accounts",
				(exchange) -> Exchanges.json(exchange, 200, ServiceClient.JSON.writeValueAsString(ACCOUNTS)));
		routes.add("/oauth2/authorize", this::authorize);
		routes.add("/login", this::login);
		routes.add("/oauth2/token", this::token);
	}

	/** The users who got a token, in order. */
	List<String> signIns() {
		return List.copyOf(this.signIns);
	}

	private void authorize(HttpExchange exchange) {
		Map<String, String> query = Exchanges.query(exchange.getRequestURI());
		Browser browser = browserOf(exchange);
		if (browser == null || browser.user == null) {
			String id = UUID.randomUUID().toString();
			this.browsers.put(id, new Browser(exchange.getRequestURI().toString()));
			exchange.getResponseHeaders().add("Set-Cookie", "BROWSER=" + id + "; Path=/");
			Exchanges.redirect(exchange, "/login");
			return;
		}
		String code = UUID.randomUUID().toString();
		this.codes.put(code, browser.user);
		Exchanges.redirect(exchange, query.get("redirect_uri") + "?code=" + code + "&state=" + query.get("state"));
	}

	private void login(HttpExchange exchange) {
		Browser browser = browserOf(exchange);
		if (browser == null) {
			Exchanges.respond(exchange, 403, "text/plain", "no session");
		}
		else if (exchange.getRequestMethod().equals("GET")) {
			Exchanges.respond(exchange, 200, "text/html", """
					<form method="post" action="/login"><input name="_csrf" type="hidden" value="%s"/></form>"""
				.formatted(browser.csrf));
		}
		else {
			Map<String, String> form = Exchanges.form(Exchanges.body(exchange));
			String username = form.get("username");
			boolean valid = browser.csrf.equals(form.get("_csrf")) && ACCOUNTS.stream()
				.anyMatch((account) -> account.username().equals(username)
						&& account.password().equals(form.get("password")));
			if (valid) {
				browser.user = username;
			}
			Exchanges.redirect(exchange, valid ? browser.savedRequest : "/login?error");
		}
	}

	private void token(HttpExchange exchange) {
		String user = this.codes.remove(Exchanges.form(Exchanges.body(exchange)).getOrDefault("code", ""));
		if (user == null) {
			Exchanges.json(exchange, 400, "{\"error\":\"invalid_grant\"}");
			return;
		}
		this.signIns.add(user);
		Exchanges.json(exchange, 200, "{\"access_token\":\"" + Exchanges.TOKEN_PREFIX + user + "\"}");
	}

	private Browser browserOf(HttpExchange exchange) {
		String cookie = exchange.getRequestHeaders().getFirst("Cookie");
		if (cookie == null || !cookie.startsWith("BROWSER=")) {
			return null;
		}
		return this.browsers.get(cookie.substring("BROWSER=".length()).split(";")[0]);
	}

	private static DemoAccount account(String username, String role, String programId, String... cohortIds) {
		return new DemoAccount(username, username + "-demo", role, programId, List.of(cohortIds));
	}

	private static final class Browser {

		private final String savedRequest;

		private final String csrf = UUID.randomUUID().toString();

		private volatile String user;

		Browser(String savedRequest) {
			this.savedRequest = savedRequest;
		}

	}

}
