package io.readyroom.web.relay;

import java.util.List;
import java.util.Map;

import io.readyroom.contracts.token.Role;
import io.readyroom.web.BrowserCsrf;
import io.readyroom.web.StubService;
import io.readyroom.web.TestUsers;
import io.readyroom.web.WebAppTests;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class ApiRelayTests extends WebAppTests {

	private final StubService services = StubService.shared();

	@Autowired
	private MockMvc mvc;

	@Autowired
	private ClientRegistrationRepository registrations;

	private TestUsers users;

	@BeforeEach
	void setUp() {
		this.services.reset();
		this.users = new TestUsers(this.registrations.findByRegistrationId("readyroom"));
	}

	@Test
	void relaysAnAnswerToSessionServiceWithTheLearnersToken() throws Exception {
		this.services.answer(202, "application/json", "{\"answerId\":\"a-1\",\"status\":\"ACCEPTED\"}");
		String answer = "{\"answerId\":\"a-1\",\"questionId\":\"hit-roi-process\",\"text\":\"I would verify the caller\"}";

		this.mvc
			.perform(post("/api/session/sessions/s-1/answers").with(ana())
				.with(BrowserCsrf.cookieAndHeader())
				.contentType(MediaType.APPLICATION_JSON)
				.accept(MediaType.APPLICATION_JSON)
				.content(answer))
			.andExpect(status().isAccepted())
			.andExpect(jsonPath("$.status").value("ACCEPTED"));

		StubService.Received call = this.services.last();
		assertThat(call.method()).isEqualTo("POST");
		assertThat(call.path()).isEqualTo("/session/api/sessions/s-1/answers");
		assertThat(call.body()).isEqualTo(answer);
		assertThat(call.header("Content-Type")).startsWith("application/json");
		assertThat(call.header("Accept")).isEqualTo("application/json");
		assertThat(call.header("Authorization")).isEqualTo("Bearer ana-token");
	}

	@Test
	void relaysQueryStringsToAnalyticsService() throws Exception {
		this.mvc.perform(get("/api/analytics/cohorts/cohort-a/matrix?page=2&size=50").with(carla()))
			.andExpect(status().isOk());

		StubService.Received call = this.services.last();
		assertThat(call.method()).isEqualTo("GET");
		assertThat(call.path()).isEqualTo("/analytics/api/cohorts/cohort-a/matrix");
		assertThat(call.query()).isEqualTo("page=2&size=50");
		assertThat(call.header("Authorization")).isEqualTo("Bearer carla-token");
	}

	@Test
	void relaysScoringCallsUnderTheirOwnPath() throws Exception {
		this.mvc.perform(get("/api/scoring/answers/a-1").with(ana())).andExpect(status().isOk());

		assertThat(this.services.last().path()).isEqualTo("/scoring/api/scoring/answers/a-1");
	}

	@Test
	void relaysPutAndDeleteWithTheirBodies() throws Exception {
		String rules = "{\"requires\":[{\"competency\":\"ehr-systems\",\"threshold\":70,\"minAnswers\":2}]}";
		this.mvc
			.perform(put("/api/analytics/programs/demo-program/readiness-rules/ehr-specialist").with(dana())
				.with(BrowserCsrf.cookieAndHeader())
				.contentType(MediaType.APPLICATION_JSON)
				.content(rules))
			.andExpect(status().isOk());
		assertThat(this.services.last().method()).isEqualTo("PUT");
		assertThat(this.services.last().body()).isEqualTo(rules);

		this.services.answer(204, Map.of(), "");
		this.mvc
			.perform(delete("/api/analytics/programs/demo-program/readiness-rules/ehr-specialist").with(dana())
				.with(BrowserCsrf.cookieAndHeader()))
			.andExpect(status().isNoContent());
		assertThat(this.services.last().method()).isEqualTo("DELETE");
	}

	@Test
	void passesProblemResponsesThroughUnchanged() throws Exception {
		String problem = "{\"type\":\"https://readyroom.io/problems/invalid-questions\",\"title\":\"Invalid questions\","
				+ "\"status\":422,\"detail\":\"1 problem(s)\",\"errors\":[{\"item\":\"q1\",\"field\":\"$.text\",\"message\":\"required\"}]}";
		this.services.answer(422, "application/problem+json", problem);

		this.mvc
			.perform(post("/api/session/programs/demo-program/questions").with(dana())
				.with(BrowserCsrf.cookieAndHeader())
				.contentType("application/yaml")
				.content("- id: q1\n"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().contentType("application/problem+json"))
			.andExpect(content().json(problem));
		assertThat(this.services.last().header("Content-Type")).startsWith("application/yaml");
	}

	@Test
	void mapsTheLocationOfANewSessionBackUnderThePublicPath() throws Exception {
		this.services.answer(201, Map.of("Content-Type", "application/json", "Location", "/api/sessions/s-9"),
				"{\"sessionId\":\"s-9\"}");

		this.mvc
			.perform(post("/api/session/sessions").with(ana())
				.with(BrowserCsrf.cookieAndHeader())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"roleTrack\":\"ehr-specialist\"}"))
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", "/api/session/sessions/s-9"));
	}

	@Test
	void passesDownloadHeadersOfExports() throws Exception {
		this.services.answer(200, Map.of("Content-Type", "text/csv;charset=UTF-8", "Content-Disposition",
				"attachment; filename=\"summary_cohort-a.csv\""), "cohortId,learners\ncohort-a,3\n");

		this.mvc.perform(get("/api/analytics/cohorts/cohort-a/exports/summary?format=csv").with(carla()))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", "attachment; filename=\"summary_cohort-a.csv\""))
			.andExpect(content().string("cohortId,learners\ncohort-a,3\n"));
	}

	@Test
	void refusesAStateChangingCallWithoutTheCsrfToken() throws Exception {
		this.mvc
			.perform(post("/api/session/sessions").with(ana())
				.with(BrowserCsrf.cookieOnly())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"roleTrack\":\"ehr-specialist\"}"))
			.andExpect(status().isForbidden())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.type").value("https://readyroom.io/problems/csrf-token-invalid"));

		assertThat(this.services.received()).isEmpty();
	}

	@Test
	void answersUnauthorizedWithoutSignInAndCallsNoService() throws Exception {
		this.mvc.perform(get("/api/analytics/learners/ana/profile"))
			.andExpect(status().isUnauthorized())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.type").value("https://readyroom.io/problems/not-signed-in"));

		assertThat(this.services.received()).isEmpty();
	}

	@Test
	void asksToSignInAgainWhenTheAccessTokenHasExpired() throws Exception {
		RequestPostProcessor expired = this.users.signedIn("ana", Role.LEARNER, "demo-program", List.of("cohort-a"),
				TestUsers.expiredToken("old-token"));

		this.mvc.perform(get("/api/analytics/learners/ana/profile").with(expired))
			.andExpect(status().isUnauthorized())
			.andExpect(jsonPath("$.type").value("https://readyroom.io/problems/sign-in-expired"));

		assertThat(this.services.received()).isEmpty();
	}

	@Test
	void passesTheServicesUnauthorizedThroughSoThePageSignsInAgain() throws Exception {
		this.services.answer(401, "application/problem+json",
				"{\"title\":\"Unauthorized\",\"status\":401,\"detail\":\"The token is not valid.\"}");

		this.mvc.perform(get("/api/analytics/learners/ana/profile").with(ana()))
			.andExpect(status().isUnauthorized())
			.andExpect(jsonPath("$.detail").value("The token is not valid."));
	}

	@Test
	void sendsTheServiceNeitherTheBrowsersCookiesNorItsOtherHeaders() throws Exception {
		this.mvc
			.perform(get("/api/analytics/learners/ana/profile").with(ana())
				.cookie(new Cookie("READYROOM_SESSION", "browser-session"))
				.header("Authorization", "Bearer forged-token")
				.header("X-Forwarded-For", "203.0.113.9")
				.header("X-Debug", "on")
				.accept(MediaType.APPLICATION_JSON))
			.andExpect(status().isOk());

		StubService.Received call = this.services.last();
		assertThat(call.header("Cookie")).isNull();
		assertThat(call.header("X-Forwarded-For")).isNull();
		assertThat(call.header("Forwarded")).isNull();
		assertThat(call.header("X-Debug")).isNull();
		assertThat(call.header("Authorization")).isEqualTo("Bearer ana-token");
		assertThat(call.header("Accept")).isEqualTo("application/json");
	}

	@Test
	void passesNoCookieOrSecurityHeaderOfTheServiceToTheBrowserNorKeepsItsCookie() throws Exception {
		this.services.answer(200, Map.of("Content-Type", "application/json", "Set-Cookie", "SERVICE=secret; Path=/",
				"X-Internal", "scoring-7", "ETag", "\"v3\""), "{}");

		MockHttpServletResponse browser = this.mvc.perform(get("/api/analytics/learners/ana/profile").with(ana()))
			.andExpect(status().isOk())
			.andExpect(header().doesNotExist("X-Internal"))
			.andExpect(header().string("ETag", "\"v3\""))
			.andReturn()
			.getResponse();
		assertThat(browser.getHeaders("Set-Cookie")).noneMatch((cookie) -> cookie.contains("SERVICE"));

		this.services.reset();
		this.mvc.perform(get("/api/analytics/learners/ana/profile").with(ana())).andExpect(status().isOk());
		assertThat(this.services.last().header("Cookie")).isNull();
	}

	@Test
	void refusesUnknownApiPaths() throws Exception {
		for (String path : List.of("/api/session", "/api/scoring")) {
			this.mvc.perform(get(path).with(ana()))
				.andExpect(status().isNotFound())
				.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
				.andExpect(jsonPath("$.type").value("https://readyroom.io/problems/unknown-api"));
		}
		assertThat(this.services.received()).isEmpty();
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
