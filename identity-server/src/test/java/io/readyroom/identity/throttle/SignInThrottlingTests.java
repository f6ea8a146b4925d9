package io.readyroom.identity.throttle;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The sign-in form under the throttle: each test signs in from its own client address, so
 * the address's count belongs to it alone.
 */
@SpringBootTest(properties = "readyroom.identity.sign-in-throttle.failures-per-address=20")
@AutoConfigureMockMvc
class SignInThrottlingTests {

	private static final Pattern CSRF_INPUT = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	@Autowired
	MockMvc mvc;

	@Test
	void afterFiveWrongPasswordsEvenTheRightOneIsRefusedAndThePageSaysWhenToTryAgain() throws Exception {
		MockHttpSession browser = new MockHttpSession();
		for (int attempt = 1; attempt <= 4; attempt++) {
			assertThat(signIn(browser, "198.51.100.1", "dana", "wrong-" + attempt)).endsWith("/login?error");
		}
		assertThat(signIn(browser, "198.51.100.1", "dana", "wrong-5")).endsWith("/login?locked");

		assertThat(signIn(browser, "198.51.100.1", "dana", "dana-demo")).endsWith("/login?locked");
		assertThat(lockedPage(browser)).contains("Too many failed sign-ins", "Try again in 1 minute.");
		assertThat(signIn(new MockHttpSession(), "198.51.100.1", "omar", "omar-demo"))
			.as("another username from the same address")
			.doesNotContain("/login?");
	}

	@Test
	void aSuccessfulSignInResetsTheCount() throws Exception {
		MockHttpSession browser = new MockHttpSession();
		for (int attempt = 1; attempt <= 4; attempt++) {
			signIn(browser, "198.51.100.2", "omar", "wrong-" + attempt);
		}
		assertThat(signIn(browser, "198.51.100.2", "omar", "omar-demo")).doesNotContain("/login?");

		MockHttpSession later = new MockHttpSession();
		for (int attempt = 1; attempt <= 4; attempt++) {
			assertThat(signIn(later, "198.51.100.2", "omar", "wrong-" + attempt)).endsWith("/login?error");
		}
	}

	@Test
	void oneAddressGuessingManyUsernamesIsLockedOut() throws Exception {
		MockHttpSession browser = new MockHttpSession();
		for (int attempt = 1; attempt < 20; attempt++) {
			assertThat(signIn(browser, "198.51.100.3", "nobody-" + attempt, "guess")).endsWith("/login?error");
		}
		assertThat(signIn(browser, "198.51.100.3", "nobody-20", "guess")).endsWith("/login?locked");

		assertThat(signIn(browser, "198.51.100.3", "ben", "ben-demo")).endsWith("/login?locked");
	}

	private String signIn(MockHttpSession session, String address, String username, String password) throws Exception {
		Matcher csrf = CSRF_INPUT.matcher(page(session, "/login"));
		assertThat(csrf.find()).as("the sign-in form carries a CSRF token").isTrue();
		MockHttpServletResponse response = this.mvc.perform(post("/login").session(session).with((request) -> {
			request.setRemoteAddr(address);
			return request;
		})
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.param("username", username)
			.param("password", password)
			.param("_csrf", csrf.group(1))).andReturn().getResponse();
		assertThat(response.getStatus()).as("a redirect").isEqualTo(302);
		return response.getHeader(HttpHeaders.LOCATION);
	}

	/** The page a locked-out attempt is sent to, {@code /login?locked}. */
	private String lockedPage(MockHttpSession session) throws Exception {
		return this.mvc.perform(get("/login").param("locked", "").session(session).accept(MediaType.TEXT_HTML))
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private String page(MockHttpSession session, String path) throws Exception {
		return this.mvc.perform(get(path).session(session).accept(MediaType.TEXT_HTML))
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

}
