package io.readyroom.web.pages;

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

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.forwardedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Each role reaches its own pages from the front door, and only those. */
class PageAccessTests extends WebAppTests {

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
	void sendsALearnerFromTheFrontDoorToPractice() throws Exception {
		this.mvc.perform(get("/").with(ana())).andExpect(redirectedUrl("/practice"));
	}

	@Test
	void sendsStaffFromTheFrontDoorToTheirCohorts() throws Exception {
		this.mvc.perform(get("/").with(carla())).andExpect(redirectedUrl("/cohorts"));
		this.mvc.perform(get("/").with(dana())).andExpect(redirectedUrl("/cohorts"));
	}

	@Test
	void tellsAnAccountWithoutARoleWhatIsMissing() throws Exception {
		RequestPostProcessor noRole = this.users.signedIn("guest", null, null, List.of(), TestUsers.token("t"));

		this.mvc.perform(get("/").with(noRole)).andExpect(forwardedUrl("/pages/no-role.html"));
	}

	@Test
	void showsALearnerTheLearnerPages() throws Exception {
		expectPage(ana(), "/practice", "practice");
		expectPage(ana(), "/practice/sessions/s-1", "session");
		expectPage(ana(), "/report", "report");
		expectPage(ana(), "/answers/a-1", "answer");
	}

	@Test
	void keepsALearnerOutOfStaffPages() throws Exception {
		this.mvc.perform(get("/cohorts").with(ana()))
			.andExpect(status().isForbidden())
			.andExpect(status().reason("Forbidden"));
		this.mvc.perform(get("/learners/ben").with(ana())).andExpect(status().isForbidden());
		this.mvc.perform(get("/exports").with(ana())).andExpect(status().isForbidden());
		this.mvc.perform(get("/cohorts/cohort-a/assignments").with(ana())).andExpect(status().isForbidden());
		this.mvc.perform(get("/program/questions").with(ana())).andExpect(status().isForbidden());
		this.mvc.perform(get("/program/learner-data").with(ana())).andExpect(status().isForbidden());
	}

	@Test
	void keepsALearnerOutOfReviewingAndAgreement() throws Exception {
		this.mvc.perform(get("/review").with(ana())).andExpect(status().isForbidden());
		this.mvc.perform(get("/review/a-1").with(ana())).andExpect(status().isForbidden());
		this.mvc.perform(get("/agreement").with(ana())).andExpect(status().isForbidden());
	}

	@Test
	void asksSomeoneNotSignedInToSignInBeforeReviewing() throws Exception {
		this.mvc.perform(get("/review/a-1")).andExpect(redirectedUrl("/sign-in"));
	}

	@Test
	void showsACoachTheCohortPages() throws Exception {
		expectPage(carla(), "/cohorts", "cohorts");
		expectPage(carla(), "/cohorts/cohort-a", "cohort");
		expectPage(carla(), "/cohorts/cohort-a/assignments", "assignments");
		expectPage(carla(), "/learners/ana", "report");
		expectPage(carla(), "/exports", "exports");
		expectPage(carla(), "/answers/a-1", "answer");
	}

	@Test
	void showsACoachTheReviewQueueTheReviewScreenAndAgreement() throws Exception {
		expectPage(carla(), "/review", "review-queue");
		expectPage(carla(), "/review/a-1", "review");
		expectPage(carla(), "/agreement", "agreement");
	}

	@Test
	void keepsACoachOutOfPracticeAndProgramManagement() throws Exception {
		this.mvc.perform(get("/practice").with(carla())).andExpect(status().isForbidden());
		this.mvc.perform(get("/program/questions").with(carla())).andExpect(status().isForbidden());
		this.mvc.perform(get("/program/readiness").with(carla())).andExpect(status().isForbidden());
		this.mvc.perform(get("/program/cohorts").with(carla())).andExpect(status().isForbidden());
		this.mvc.perform(get("/program/access-log").with(carla())).andExpect(status().isForbidden());
		this.mvc.perform(get("/program/lrs").with(carla())).andExpect(status().isForbidden());
		this.mvc.perform(get("/program/learner-data").with(carla())).andExpect(status().isForbidden());
	}

	@Test
	void showsADirectorTheProgramPages() throws Exception {
		expectPage(dana(), "/program/questions", "questions");
		expectPage(dana(), "/program/readiness", "readiness-rules");
		expectPage(dana(), "/program/cohorts", "program-cohorts");
		expectPage(dana(), "/program/access-log", "access-log");
		expectPage(dana(), "/program/lrs", "lrs");
		expectPage(dana(), "/program/learner-data", "learner-data");
		expectPage(dana(), "/cohorts/cohort-b", "cohort");
		expectPage(dana(), "/review", "review-queue");
		expectPage(dana(), "/review/a-1", "review");
		expectPage(dana(), "/agreement", "agreement");
	}

	@Test
	void showsAnAdminTheReviewPages() throws Exception {
		RequestPostProcessor admin = this.users.signedIn("admin", Role.ADMIN, "demo-program", List.of(),
				TestUsers.token("admin-token"));

		expectPage(admin, "/review", "review-queue");
		expectPage(admin, "/review/a-1", "review");
		expectPage(admin, "/agreement", "agreement");
	}

	@Test
	void showsAnAdminTheProgramsLearnerData() throws Exception {
		RequestPostProcessor admin = this.users.signedIn("admin", Role.ADMIN, "demo-program", List.of(),
				TestUsers.token("admin-token"));

		expectPage(admin, "/program/learner-data", "learner-data");
	}

	@Test
	void servesPageFilesOnlyThroughTheirPages() throws Exception {
		this.mvc.perform(get("/pages/cohort.html").with(ana())).andExpect(status().isForbidden());
	}

	@Test
	void servesTheChartingLibraryFromItsWebJar() throws Exception {
		this.mvc.perform(get("/webjars/chart.js/dist/chart.umd.min.js")).andExpect(status().isOk());
	}

	private void expectPage(RequestPostProcessor user, String url, String page) throws Exception {
		this.mvc.perform(get(url).with(user))
			.andExpect(status().isOk())
			.andExpect(forwardedUrl("/pages/" + page + ".html"));
	}

	private RequestPostProcessor ana() {
		return this.users.learner("ana", "cohort-a");
	}

	private RequestPostProcessor carla() {
		return this.users.coach("carla", "cohort-a");
	}

	private RequestPostProcessor dana() {
		return this.users.director("dana");
	}

}
