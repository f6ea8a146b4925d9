package io.readyroom.identity;

import java.net.URI;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.UriComponentsBuilder;

import static org.hamcrest.Matchers.endsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The web app as a client: it signs people in from {@code http://127.0.0.1:<port>} and
 * sends them back to its {@code /signed-out} page after signing out.
 */
@SpringBootTest
@AutoConfigureMockMvc
class WebAppClientTests {

	static final String SIGNED_OUT = "http://127.0.0.1:8080/signed-out";

	@Autowired
	MockMvc mvc;

	@Test
	void theWebAppMayBeOnAnyLoopbackPort() throws Exception {
		BrowserSignIn browser = new BrowserSignIn(this.mvc, BrowserSignIn.WEB_CLIENT_ID,
				"http://127.0.0.1:18080/login/oauth2/code/readyroom");

		this.mvc.perform(get(browser.authorizeUri()).accept(MediaType.TEXT_HTML))
			.andExpect(status().isFound())
			.andExpect(header().string("Location", endsWith("/login")));
	}

	/**
	 * Why the web app sends a browser from {@code localhost} to {@code 127.0.0.1}.
	 */
	@Test
	void localhostIsRefusedAsTheWebAppsAddress() throws Exception {
		BrowserSignIn browser = new BrowserSignIn(this.mvc, BrowserSignIn.WEB_CLIENT_ID,
				"http://localhost:8080/login/oauth2/code/readyroom");

		this.mvc.perform(get(browser.authorizeUri()).accept(MediaType.TEXT_HTML)).andExpect(status().isBadRequest());
	}

	@Test
	void signingOutEndsTheSessionAndReturnsToTheWebApp() throws Exception {
		BrowserSignIn browser = new BrowserSignIn(this.mvc, BrowserSignIn.WEB_CLIENT_ID,
				BrowserSignIn.WEB_REDIRECT_URI);
		JsonNode tokens = browser.tokensFor("ana", "ana-demo");

		this.mvc.perform(get(logout(tokens, SIGNED_OUT)).session(browser.session()))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl(SIGNED_OUT));
		this.mvc.perform(get(browser.authorizeUri()).session(browser.session()).accept(MediaType.TEXT_HTML))
			.andExpect(header().string("Location", endsWith("/login")));
	}

	@Test
	void signingOutReturnsOnlyToTheRegisteredPage() throws Exception {
		BrowserSignIn browser = new BrowserSignIn(this.mvc, BrowserSignIn.WEB_CLIENT_ID,
				BrowserSignIn.WEB_REDIRECT_URI);
		JsonNode tokens = browser.tokensFor("ana", "ana-demo");

		this.mvc.perform(get(logout(tokens, "http://127.0.0.1:9999/signed-out")).session(browser.session()))
			.andExpect(status().isBadRequest());
	}

	private static URI logout(JsonNode tokens, String postLogoutRedirectUri) {
		return UriComponentsBuilder.fromPath("/connect/logout")
			.queryParam("id_token_hint", tokens.path("id_token").asString())
			.queryParam("post_logout_redirect_uri", postLogoutRedirectUri)
			.encode()
			.build()
			.toUri();
	}

}
