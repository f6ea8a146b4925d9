package io.readyroom.web.signin;

import io.readyroom.web.TestUsers;
import io.readyroom.web.WebAppTests;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.UriComponents;
import org.springframework.web.util.UriComponentsBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.forwardedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Signing in and out, against an identity server that is not running: the web app starts
 * without it and only the browser is sent there.
 */
class SignInTests extends WebAppTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private ClientRegistrationRepository registrations;

	@Test
	void sendsAPersonWhoIsNotSignedInFromAPageToSignIn() throws Exception {
		this.mvc.perform(get("/practice").accept(MediaType.TEXT_HTML))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/sign-in"));
	}

	@Test
	void signsInWithTheAuthorizationCodeFlowAndPkce() throws Exception {
		MockHttpSession session = new MockHttpSession();
		this.mvc.perform(get("/sign-in").session(session)).andExpect(redirectedUrl("/oauth2/authorization/readyroom"));

		String authorize = this.mvc.perform(get("/oauth2/authorization/readyroom").session(session))
			.andExpect(status().isFound())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();

		UriComponents request = UriComponentsBuilder.fromUriString(authorize).build();
		assertThat(authorize).startsWith("http://localhost:9000/oauth2/authorize?");
		assertThat(request.getQueryParams().getFirst("response_type")).isEqualTo("code");
		assertThat(request.getQueryParams().getFirst("client_id")).isEqualTo("readyroom-web");
		assertThat(request.getQueryParams().getFirst("scope")).isEqualTo("openid%20profile");
		assertThat(request.getQueryParams().getFirst("redirect_uri"))
			.isEqualTo("http://localhost/login/oauth2/code/readyroom");
		assertThat(request.getQueryParams().getFirst("code_challenge_method")).isEqualTo("S256");
		assertThat(request.getQueryParams().getFirst("code_challenge")).isNotBlank();
		assertThat(request.getQueryParams().getFirst("nonce")).isNotBlank();
	}

	@Test
	void remembersWhereToReturnAfterSigningInAgain() throws Exception {
		MockHttpSession session = new MockHttpSession();
		this.mvc.perform(get("/sign-in").param("next", "/practice/sessions/s-1").session(session));

		assertThat(session.getAttribute(ReturnAfterSignIn.NEXT_ATTRIBUTE)).isEqualTo("/practice/sessions/s-1");
	}

	@Test
	void neverReturnsToAnotherSiteAfterSigningIn() throws Exception {
		MockHttpSession session = new MockHttpSession();
		this.mvc.perform(get("/sign-in").param("next", "//evil.example/").session(session));

		assertThat(session.getAttribute(ReturnAfterSignIn.NEXT_ATTRIBUTE)).isNull();
	}

	@Test
	void welcomesAPersonWhoIsNotSignedInAtTheFrontDoor() throws Exception {
		this.mvc.perform(get("/")).andExpect(status().isOk()).andExpect(forwardedUrl("/pages/welcome.html"));
	}

	@Test
	void keepsHealthOpenForTheLauncher() throws Exception {
		this.mvc.perform(get("/actuator/health/readiness")).andExpect(status().isOk());
	}

	@Test
	void signingOutEndsTheIdentityServersSessionToo() throws Exception {
		TestUsers users = new TestUsers(this.registrations.findByRegistrationId(ReadyroomClient.REGISTRATION_ID));

		String signedOut = this.mvc.perform(post("/logout").with(users.learner("ana", "cohort-a")).with(csrf()))
			.andExpect(status().isFound())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();

		UriComponents logout = UriComponentsBuilder.fromUriString(signedOut).build();
		assertThat(signedOut).startsWith("http://localhost:9000/connect/logout?");
		assertThat(logout.getQueryParams().getFirst("id_token_hint")).isNotBlank();
		assertThat(logout.getQueryParams().getFirst("post_logout_redirect_uri"))
			.isEqualTo("http://localhost/signed-out");
	}

	@Test
	void signingOutNeedsTheCsrfToken() throws Exception {
		TestUsers users = new TestUsers(this.registrations.findByRegistrationId(ReadyroomClient.REGISTRATION_ID));

		this.mvc.perform(post("/logout").with(users.learner("ana", "cohort-a"))).andExpect(status().isForbidden());
	}

}
