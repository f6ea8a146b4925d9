package io.readyroom.identity.web;

import java.time.Duration;
import java.util.List;

import io.readyroom.contracts.token.Role;
import io.readyroom.identity.account.DemoAccount;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SpringBootTest
@AutoConfigureMockMvc
class SignInPageTests {

	@Autowired
	MockMvc mvc;

	@Test
	void theSignInFormHasALandmarkAHeadingAndLabelledFields() throws Exception {
		String page = this.mvc.perform(get("/login").accept(MediaType.TEXT_HTML))
			.andExpect(status().isOk())
			.andExpect(content().contentType("text/html;charset=UTF-8"))
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(page)
			.contains("<html lang=\"en\">", "<title>Sign in · Readyroom</title>", "<main id=\"main\">",
					"<h1 id=\"sign-in-heading\">Sign in</h1>", "<label for=\"username\">Username</label>",
					"<input id=\"username\" name=\"username\"", "<label for=\"password\">Password</label>",
					"<input id=\"password\" name=\"password\" type=\"password\"",
					"<form method=\"post\" action=\"/login\">")
			.containsPattern("<input type=\"hidden\" name=\"_csrf\" value=\"[^\"]+\">")
			.doesNotContain("role=\"alert\"", "aria-invalid");
	}

	@Test
	void aFailedAttemptIsAnnouncedAndMarksBothFields() throws Exception {
		String page = this.mvc.perform(get("/login").param("error", ""))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(page).contains("role=\"alert\" id=\"sign-in-error\"", "Wrong username or password");
		assertThat(page.split("aria-invalid=\"true\" aria-describedby=\"sign-in-error\"", -1)).hasSize(3);
	}

	@Test
	void signingOutIsConfirmed() throws Exception {
		this.mvc.perform(get("/login").param("logout", ""))
			.andExpect(content().string(containsString("You are signed out.")))
			.andExpect(content().string(not(containsString("Wrong username or password"))));
	}

	@Test
	void outsideDemoModeListsNoAccountsAndNoPasswords() throws Exception {
		this.mvc.perform(get("/login"))
			.andExpect(content().string(not(containsString("Demo accounts"))))
			.andExpect(content().string(not(containsString("carla-demo"))));
		this.mvc.perform(get("/login").param("error", ""))
			.andExpect(content().string(not(containsString("listed below"))));
	}

	@Test
	void aLockedOutAttemptSaysHowLongToWait() {
		String page = SignInPage.renderLocked(Duration.ofSeconds(61), "_csrf", "token", List.of());

		assertThat(page).contains("role=\"alert\" id=\"sign-in-error\"", "Too many failed sign-ins",
				"Try again in 2 minutes.");
	}

	@Test
	void thePagesStylesheetAndIconNeedNoSignIn() throws Exception {
		this.mvc.perform(get("/css/sign-in.css")).andExpect(status().isOk());
		this.mvc.perform(get("/images/favicon.svg")).andExpect(status().isOk());
	}

	@Test
	void everyValueFilledInIsEscaped() {
		String page = SignInPage.render(SignInPage.Outcome.FIRST_VISIT, "_csrf", "a\"><script>",
				List.of(new DemoAccount("<b>ana</b>", "pw&", Role.LEARNER, "demo-program", List.of("cohort-a"))));

		assertThat(page).contains("value=\"a&quot;&gt;&lt;script&gt;\"", "&lt;b&gt;ana&lt;/b&gt;", "pw&amp;")
			.doesNotContain("<script>", "<b>ana");
	}

}
