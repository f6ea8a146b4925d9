package io.readyroom.web.signin;

import io.readyroom.web.WebAppTests;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.head;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.forwardedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The front door is {@code 127.0.0.1}: the identity server refuses {@code localhost} as
 * the web app's address.
 */
class LoopbackHostRedirectTests extends WebAppTests {

	@Autowired
	private MockMvc mvc;

	@Test
	void sendsABrowserOnLocalhostToTheSamePageOnTheLoopbackIp() throws Exception {
		this.mvc.perform(get("/cohorts/cohort-a").queryParam("tab", "heatmap").header("Host", "localhost:8080"))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("http://127.0.0.1:8080/cohorts/cohort-a?tab=heatmap"));
		this.mvc.perform(head("/").header("Host", "LOCALHOST"))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("http://127.0.0.1/"));
	}

	@Test
	void servesTheLoopbackIpAndOtherHostsAsTheyAre() throws Exception {
		this.mvc.perform(get("/").header("Host", "127.0.0.1:8080")).andExpect(forwardedUrl("/pages/welcome.html"));
		this.mvc.perform(get("/").header("Host", "readyroom.example.org"))
			.andExpect(forwardedUrl("/pages/welcome.html"));
	}

	@Test
	void leavesHealthChecksAndFormPostsAlone() throws Exception {
		this.mvc.perform(get("/actuator/health/readiness").header("Host", "localhost:8080")).andExpect(status().isOk());
		this.mvc.perform(post("/logout").header("Host", "localhost:8080")).andExpect(status().isForbidden());
	}

	@Test
	void readsOnlyAPlainLocalhostAsLocalhost() {
		assertThat(LoopbackHostRedirect.portAfterLocalhost("localhost:8080")).isEqualTo(":8080");
		assertThat(LoopbackHostRedirect.portAfterLocalhost("localhost")).isEmpty();
		assertThat(LoopbackHostRedirect.portAfterLocalhost("localhost.example.org")).isNull();
		assertThat(LoopbackHostRedirect.portAfterLocalhost("localhost:80@evil.example")).isNull();
		assertThat(LoopbackHostRedirect.portAfterLocalhost(null)).isNull();
	}

}
