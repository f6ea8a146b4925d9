package io.readyroom.local.identity;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * Answers like the local identity server as far as a browser sees it: authorize redirects
 * to a login form with a CSRF token tied to a session cookie, the form sends a signed-in
 * browser back to authorize, which redirects with a code, and the token endpoint checks
 * the PKCE verifier. Whatever the client gets wrong, it gets no token.
 */
public final class FakeIdentityServer implements AutoCloseable {

	public static final String ANA_TOKEN = "token-for-ana";

	private static final Map<String, String> PASSWORDS = Map.of("ana", "ana-demo");

	private final HttpServer server;

	private final Map<String, Session> sessions = new ConcurrentHashMap<>();

	private final Map<String, Grant> codes = new ConcurrentHashMap<>();

	private volatile String authorizationError = "";

	public FakeIdentityServer() throws IOException {
		this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
		this.server.createContext("/oauth2/authorize", this::authorize);
		this.server.createContext("/login", this::login);
		this.server.createContext("/oauth2/token", this::token);
		this.server.createContext("/demo-accounts", (exchange) -> respond(exchange, 200, "application/json", """
				[{"username":"ana","password":"ana-demo","role":"learner","programId":"demo-program",\
				"cohortIds":["cohort-a"]}]"""));
		this.server.start();
	}

	public URI issuer() {
		return URI.create("http://localhost:" + this.server.getAddress().getPort());
	}

	/**
	 * Makes the authorize endpoint refuse every request with this OAuth2 error code.
	 */
	void refuseAuthorizationWith(String error) {
		this.authorizationError = error;
	}

	private void authorize(HttpExchange exchange) throws IOException {
		Map<String, String> query = AuthorizationCallback.queryOf(exchange.getRequestURI());
		if (!this.authorizationError.isEmpty()) {
			redirect(exchange, query.get("redirect_uri") + "?error=" + this.authorizationError
					+ "&error_description=refused+on+purpose&state=" + query.get("state"));
			return;
		}
		Session session = sessionOf(exchange);
		if (session == null || session.user == null) {
			String accept = exchange.getRequestHeaders().getFirst("Accept");
			boolean acceptsHtml = accept != null && accept.contains("text/html");
			if (!acceptsHtml) {
				respond(exchange, 401, "text/plain", "");
				return;
			}
			String id = UUID.randomUUID().toString();
			this.sessions.put(id, new Session(exchange.getRequestURI().toString()));
			exchange.getResponseHeaders().add("Set-Cookie", "SESSION=" + id + "; Path=/; HttpOnly");
			redirect(exchange, "/login");
			return;
		}
		String code = UUID.randomUUID().toString();
		this.codes.put(code, new Grant(session.user, query.get("code_challenge"), query.get("redirect_uri")));
		redirect(exchange, query.get("redirect_uri") + "?code=" + code + "&state=" + query.get("state"));
	}

	private void login(HttpExchange exchange) throws IOException {
		Session session = sessionOf(exchange);
		if (session == null) {
			respond(exchange, 403, "text/plain", "no session");
			return;
		}
		if (exchange.getRequestMethod().equals("GET")) {
			respond(exchange, 200, "text/html", """
					<html><body><form class="login-form" method="post" action="/login">
					<input type="text" name="username"/><input type="password" name="password"/>
					<input name="_csrf" type="hidden" value="%s" />
					</form></body></html>""".formatted(session.csrf));
			return;
		}
		Map<String, String> form = formOf(exchange);
		if (!session.csrf.equals(form.get("_csrf"))) {
			respond(exchange, 403, "text/plain", "CSRF token missing or wrong");
			return;
		}
		String username = form.get("username");
		if (!form.get("password").equals(PASSWORDS.get(username))) {
			redirect(exchange, "/login?error");
			return;
		}
		session.user = username;
		redirect(exchange, session.savedRequest + "&continue");
	}

	private void token(HttpExchange exchange) throws IOException {
		Map<String, String> form = formOf(exchange);
		Grant grant = this.codes.remove(form.getOrDefault("code", ""));
		boolean valid = grant != null && Set.of("authorization_code").contains(form.get("grant_type"))
				&& grant.redirectUri.equals(form.get("redirect_uri")) && "readyroom-cli".equals(form.get("client_id"))
				&& grant.challenge.equals(Pkce.challengeOf(form.getOrDefault("code_verifier", "")));
		if (!valid) {
			respond(exchange, 400, "application/json", "{\"error\":\"invalid_grant\"}");
			return;
		}
		respond(exchange, 200, "application/json",
				"{\"access_token\":\"token-for-" + grant.user + "\",\"token_type\":\"Bearer\",\"expires_in\":1799}");
	}

	private Session sessionOf(HttpExchange exchange) {
		String cookie = exchange.getRequestHeaders().getFirst("Cookie");
		if (cookie == null || !cookie.startsWith("SESSION=")) {
			return null;
		}
		return this.sessions.get(cookie.substring("SESSION=".length()).split(";")[0]);
	}

	private static Map<String, String> formOf(HttpExchange exchange) throws IOException {
		String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
		return AuthorizationCallback.queryOf(URI.create("/?" + body));
	}

	private static void redirect(HttpExchange exchange, String location) throws IOException {
		exchange.getResponseHeaders().add("Location", location);
		respond(exchange, 302, "text/plain", "");
	}

	private static void respond(HttpExchange exchange, int status, String contentType, String body) throws IOException {
		byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().add("Content-Type", contentType);
		exchange.sendResponseHeaders(status, (bytes.length == 0) ? -1 : bytes.length);
		if (bytes.length > 0) {
			try (OutputStream out = exchange.getResponseBody()) {
				out.write(bytes);
			}
		}
		exchange.close();
	}

	@Override
	public void close() {
		this.server.stop(0);
	}

	private static final class Session {

		private final String savedRequest;

		private final String csrf = UUID.randomUUID().toString();

		private volatile String user;

		Session(String savedRequest) {
			this.savedRequest = savedRequest;
		}

	}

	private record Grant(String user, String challenge, String redirectUri) {
	}

}
