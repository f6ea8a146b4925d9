package io.readyroom.identity;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * In demo mode ({@code ./readyroom --demo}) the server lists its demo accounts with their
 * passwords, without sign-in, so the launcher and the token command need no copy of them.
 */
@SpringBootTest(properties = "DEMO_MODE=true")
@AutoConfigureMockMvc
class DemoModeTests {

	@Autowired
	MockMvc mvc;

	@Test
	void theDemoAccountsArePublishedWithTheirPasswords() throws Exception {
		this.mvc.perform(get("/demo-accounts"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.username == 'carla')].role").value("coach"))
			.andExpect(jsonPath("$[?(@.username == 'carla')].password").value("carla-demo"));
	}

	@Test
	void theSignInPageListsTheDemoAccounts() throws Exception {
		this.mvc.perform(get("/login"))
			.andExpect(content().string(containsString(
					"<tr><td><code>carla</code></td><td><code>carla-demo</code></td><td>coach</td></tr>")));
		this.mvc.perform(get("/login").param("error", ""))
			.andExpect(content().string(containsString("The demo accounts are listed below.")));
	}

}
