package io.readyroom.web.account;

import java.util.List;

import io.readyroom.contracts.token.Role;
import io.readyroom.web.TestUsers;
import io.readyroom.web.WebAppTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasItems;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.cookie;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** {@code GET /api/me}: who is signed in and the navigation of their role. */
class NavigationTests extends WebAppTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private ClientRegistrationRepository registrations;

	private TestUsers users;

	@BeforeEach
	void setUp() {
		this.users = new TestUsers(this.registrations.findByRegistrationId("readyroom"));
	}

	@Test
	void givesALearnerPracticeAndTheirReport() throws Exception {
		this.mvc.perform(get("/api/me").with(this.users.learner("ana", "cohort-a")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.id").value("ana"))
			.andExpect(jsonPath("$.role").value("learner"))
			.andExpect(jsonPath("$.programId").value("demo-program"))
			.andExpect(jsonPath("$.cohortIds", contains("cohort-a")))
			.andExpect(jsonPath("$.home").value("/practice"))
			.andExpect(jsonPath("$.navigation[*].href", contains("/practice", "/report")));
	}

	@Test
	void givesACoachTheirCohortsReviewAgreementAndExports() throws Exception {
		this.mvc.perform(get("/api/me").with(this.users.coach("carla", "cohort-a")))
			.andExpect(jsonPath("$.role").value("coach"))
			.andExpect(jsonPath("$.home").value("/cohorts"))
			.andExpect(jsonPath("$.navigation[*].label", contains("Cohorts", "Review", "Agreement", "Exports")))
			.andExpect(jsonPath("$.navigation[*].href", contains("/cohorts", "/review", "/agreement", "/exports")));
	}

	@Test
	void givesADirectorTheProgramsQuestionsAndReadinessRulesToo() throws Exception {
		this.mvc.perform(get("/api/me").with(this.users.director("dana")))
			.andExpect(jsonPath("$.role").value("director"))
			.andExpect(jsonPath("$.navigation[*].href",
					contains("/cohorts", "/review", "/agreement", "/exports", "/program/questions",
							"/program/readiness", "/program/cohorts", "/program/access-log", "/program/learner-data",
							"/program/lrs")));
	}

	@Test
	void givesAnAdminTheProgramsLearnerDataBesideTheAccessLogAndXapi() throws Exception {
		RequestPostProcessor admin = this.users.signedIn("admin", Role.ADMIN, "demo-program", List.of(),
				TestUsers.token("admin-token"));

		this.mvc.perform(get("/api/me").with(admin))
			.andExpect(jsonPath("$.role").value("admin"))
			.andExpect(jsonPath("$.navigation[*].label", hasItems("Access log", "Learner data", "xAPI")))
			.andExpect(jsonPath("$.navigation[?(@.label == 'Learner data')].href", contains("/program/learner-data")));
	}

	@Test
	void givesNoNavigationToAnAccountWithoutARole() throws Exception {
		RequestPostProcessor noRole = this.users.signedIn("guest", null, null, List.of(), TestUsers.token("t"));

		this.mvc.perform(get("/api/me").with(noRole))
			.andExpect(jsonPath("$.role").doesNotExist())
			.andExpect(jsonPath("$.home").value("/"))
			.andExpect(jsonPath("$.navigation", empty()));
	}

	@Test
	void handsThePageItsCsrfTokens() throws Exception {
		this.mvc.perform(get("/api/me").with(this.users.learner("ana", "cohort-a")))
			.andExpect(cookie().exists("XSRF-TOKEN"))
			.andExpect(jsonPath("$.signOut.parameterName").value("_csrf"))
			.andExpect(jsonPath("$.signOut.token").isNotEmpty());
	}

}
