package io.readyroom.identity;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.UriComponentsBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The authorization code flow with PKCE as a browser and the command-line client go
 * through it: authorize, login form, back to authorize, code, token. One instance is one
 * browser, its session the cookie jar.
 */
final class BrowserSignIn {

	static final String CLIENT_ID = "readyroom-cli";

	static final String REDIRECT_URI = "http://127.0.0.1/callback";

	static final String WEB_CLIENT_ID = "readyroom-web";

	static final String WEB_REDIRECT_URI = "http://127.0.0.1:8080/login/oauth2/code/readyroom";

	private static final Pattern CSRF_INPUT = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

	private final MockMvc mvc;

	private final String clientId;

	private final String redirectUri;

	private final MockHttpSession session = new MockHttpSession();

	private final String codeVerifier = randomUrlSafe(32);

	private final String state = randomUrlSafe(16);

	BrowserSignIn(MockMvc mvc) {
		this(mvc, CLIENT_ID, REDIRECT_URI);
	}

	/**
	 * @param clientId the client that asks for the tokens
	 * @param redirectUri where the server is to send the code
	 */
	BrowserSignIn(MockMvc mvc, String clientId, String redirectUri) {
		this.mvc = mvc;
		this.clientId = clientId;
		this.redirectUri = redirectUri;
	}

	/**
	 * @return the browser's session at the server, which signing in authenticates
	 */
	MockHttpSession session() {
		return this.session;
	}

	/**
	 * @return the parsed token response
	 */
	JsonNode tokensFor(String username, String password) throws Exception {
		String code = authorizationCode(username, password);
		MockHttpServletResponse response = this.mvc
			.perform(post("/oauth2/token").contentType(MediaType.APPLICATION_FORM_URLENCODED)
				.param("grant_type", "authorization_code")
				.param("code", code)
				.param("redirect_uri", this.redirectUri)
				.param("client_id", this.clientId)
				.param("code_verifier", this.codeVerifier))
			.andReturn()
			.getResponse();
		assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(200);
		return JsonMapper.builder().build().readTree(response.getContentAsString());
	}

	String authorizationCode(String username, String password) throws Exception {
		String afterLogin = submitLoginForm(username, password);
		String callback = redirectOf(
				this.mvc.perform(get(URI.create(afterLogin)).session(this.session).accept(MediaType.TEXT_HTML))
					.andReturn()
					.getResponse());
		assertThat(callback).startsWith(this.redirectUri);
		var parameters = UriComponentsBuilder.fromUriString(callback).build().getQueryParams();
		assertThat(parameters.getFirst("state")).isEqualTo(this.state);
		assertThat(parameters.getFirst("code")).as(callback).isNotBlank();
		return parameters.getFirst("code");
	}

	/**
	 * Asks to authorize, is sent to the login form and submits it.
	 * @return where the form sends the browser next
	 */
	String submitLoginForm(String username, String password) throws Exception {
		String login = redirectOf(
				this.mvc.perform(get(authorizeUri()).session(this.session).accept(MediaType.TEXT_HTML))
					.andReturn()
					.getResponse());
		assertThat(login).endsWith("/login");
		String form = this.mvc.perform(get(URI.create(login)).session(this.session).accept(MediaType.TEXT_HTML))
			.andReturn()
			.getResponse()
			.getContentAsString();
		Matcher csrf = CSRF_INPUT.matcher(form);
		assertThat(csrf.find()).as("the login form carries a CSRF token").isTrue();
		return redirectOf(this.mvc
			.perform(post("/login").session(this.session)
				.contentType(MediaType.APPLICATION_FORM_URLENCODED)
				.param("username", username)
				.param("password", password)
				.param("_csrf", csrf.group(1)))
			.andReturn()
			.getResponse());
	}

	URI authorizeUri() {
		return UriComponentsBuilder.fromPath("/oauth2/authorize")
			.queryParam("response_type", "code")
			.queryParam("client_id", this.clientId)
			.queryParam("redirect_uri", this.redirectUri)
			.queryParam("scope", "openid profile")
			.queryParam("state", this.state)
			.queryParam("code_challenge", codeChallenge(this.codeVerifier))
			.queryParam("code_challenge_method", "S256")
			.encode()
			.build()
			.toUri();
	}

	private static String redirectOf(MockHttpServletResponse response) {
		assertThat(response.getStatus()).as("a redirect").isEqualTo(302);
		return response.getHeader(HttpHeaders.LOCATION);
	}

	private static String codeChallenge(String verifier) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
			return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String randomUrlSafe(int bytes) {
		byte[] random = new byte[bytes];
		new SecureRandom().nextBytes(random);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
	}

}
