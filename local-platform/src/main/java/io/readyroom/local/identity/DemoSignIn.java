package io.readyroom.local.identity;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Gets an access token for a user from the local identity server the way a browser and
 * the command-line client do together: the authorization code flow with PKCE, signing in
 * through the server's own login form. Nothing here is specific to a test.
 *
 * <pre>{@code
 * String token = new DemoSignIn(URI.create("http://localhost:9000")).accessToken("ana", "ana-demo");
 * }</pre>
 */
public final class DemoSignIn {

	/** The public client registered for the command line, with PKCE and no secret. */
	public static final String CLIENT_ID = "readyroom-cli";

	/**
	 * Where the server sends the code. Nothing listens there: the redirect is read, not
	 * followed.
	 */
	public static final URI REDIRECT_URI = URI.create("http://127.0.0.1/callback");

	static final String SCOPE = "openid profile";

	// authorize, login form, back to authorize and the code take four; the rest is slack
	private static final int MAX_STEPS = 10;

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final URI issuer;

	/**
	 * @param issuer the identity server's base URL, e.g. {@code http://localhost:9000}
	 */
	public DemoSignIn(URI issuer) {
		this.issuer = issuer;
	}

	/**
	 * Signs the user in and redeems the code.
	 * @param username e.g. {@code ana}
	 * @param password e.g. {@code ana-demo}
	 * @return the access token, a JWT
	 * @throws SignInException if the server is not there, refuses the password or answers
	 * unexpectedly
	 */
	public String accessToken(String username, String password) {
		BrowserSession browser = new BrowserSession();
		Pkce pkce = Pkce.create();
		String state = Pkce.randomToken(16);
		String code = authorizationCode(browser, username, password, pkce, state);
		return redeem(browser, code, pkce);
	}

	private String authorizationCode(BrowserSession browser, String username, String password, Pkce pkce,
			String state) {
		HttpResponse<String> response = browser.getPage(authorizeUri(pkce, state));
		boolean loginSubmitted = false;
		for (int step = 0; step < MAX_STEPS; step++) {
			if (isRedirect(response)) {
				URI next = redirectOf(response);
				if (isCallback(next)) {
					return AuthorizationCallback.codeFrom(next, state);
				}
				if (isLockedOut(next)) {
					throw new SignInException("The identity server at " + this.issuer + " refused to sign in '"
							+ username + "' for now: too many failed sign-ins; try again in a few minutes");
				}
				if (isFailedLogin(next)) {
					throw new SignInException("The identity server at " + this.issuer + " refused to sign in '"
							+ username + "': wrong username or password");
				}
				response = browser.getPage(next);
			}
			else if (response.statusCode() == 200 && !loginSubmitted) {
				response = submit(browser, loginFormOf(response), username, password);
				loginSubmitted = true;
			}
			else {
				throw unexpected(response);
			}
		}
		throw new SignInException(
				"The identity server at " + this.issuer + " redirected more than " + MAX_STEPS + " times");
	}

	private static HttpResponse<String> submit(BrowserSession browser, LoginForm form, String username,
			String password) {
		return browser.postForm(form.action(),
				Map.of("username", username, "password", password, LoginForm.CSRF_FIELD, form.csrfToken()));
	}

	private LoginForm loginFormOf(HttpResponse<String> page) {
		return LoginForm.in(page.uri(), page.body()).orElseThrow(() -> unexpected(page));
	}

	private String redeem(BrowserSession browser, String code, Pkce pkce) {
		HttpResponse<String> response = browser.postForm(this.issuer.resolve("/oauth2/token"),
				Map.of("grant_type", "authorization_code", "code", code, "redirect_uri", REDIRECT_URI.toString(),
						"client_id", CLIENT_ID, "code_verifier", pkce.verifier()));
		if (response.statusCode() != 200) {
			throw unexpected(response);
		}
		try {
			JsonNode token = JSON.readTree(response.body()).path("access_token");
			if (token.isString() && !token.asString().isBlank()) {
				return token.asString();
			}
		}
		catch (JacksonException ex) {
			// reported below with the body that could not be read
		}
		throw new SignInException("The identity server's token response has no access token: " + response.body());
	}

	URI authorizeUri(Pkce pkce, String state) {
		return this.issuer.resolve("/oauth2/authorize?response_type=code&client_id=" + CLIENT_ID + "&redirect_uri="
				+ encode(REDIRECT_URI.toString()) + "&scope=" + encode(SCOPE) + "&state=" + state + "&code_challenge="
				+ pkce.challenge() + "&code_challenge_method=" + Pkce.METHOD);
	}

	private static boolean isRedirect(HttpResponse<String> response) {
		return response.statusCode() / 100 == 3 && response.headers().firstValue("Location").isPresent();
	}

	private static URI redirectOf(HttpResponse<String> response) {
		return response.uri().resolve(response.headers().firstValue("Location").orElseThrow());
	}

	private static boolean isCallback(URI location) {
		return location.getScheme() != null && location.getScheme().equals(REDIRECT_URI.getScheme())
				&& REDIRECT_URI.getHost().equals(location.getHost())
				&& REDIRECT_URI.getPath().equals(location.getPath());
	}

	private static boolean isLockedOut(URI location) {
		return location.getPath() != null && location.getPath().endsWith("/login")
				&& AuthorizationCallback.queryOf(location).containsKey("locked");
	}

	private static boolean isFailedLogin(URI location) {
		return location.getPath() != null && location.getPath().endsWith("/login")
				&& AuthorizationCallback.queryOf(location).containsKey("error");
	}

	private SignInException unexpected(HttpResponse<String> response) {
		String body = response.body().strip();
		return new SignInException("Unexpected answer from the identity server at " + this.issuer + ": HTTP "
				+ response.statusCode() + " to " + response.request().method() + " " + response.uri().getPath()
				+ (body.isEmpty() ? "" : ": " + abbreviate(body)));
	}

	private static String abbreviate(String text) {
		return (text.length() <= 300) ? text : text.substring(0, 300) + " ...";
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
	}

}
