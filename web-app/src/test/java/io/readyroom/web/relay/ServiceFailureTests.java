package io.readyroom.web.relay;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import io.readyroom.web.BrowserCsrf;
import io.readyroom.web.StubService;
import io.readyroom.web.TestUsers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The relay's own answers when a service cannot answer: scoring-service is down,
 * analytics may be too slow (the response timeout is 1 s), and calls may carry at most
 * 1,000 bytes.
 */
@SpringBootTest(
		properties = { "readyroom.web.backends.response-timeout=1s", "readyroom.web.backends.max-request-size=1000" })
@AutoConfigureMockMvc
class ServiceFailureTests {

	private static final StubService slow = StubService.start();

	@Autowired
	private MockMvc mvc;

	@Autowired
	private ClientRegistrationRepository registrations;

	@DynamicPropertySource
	static void services(DynamicPropertyRegistry registry) {
		registry.add("readyroom.web.backends.session", () -> slow.uri("/session"));
		registry.add("readyroom.web.backends.scoring", () -> "http://127.0.0.1:" + closedPort());
		registry.add("readyroom.web.backends.analytics", () -> slow.uri("/analytics"));
		registry.add("readyroom.web.identity.issuer-uri", () -> "http://localhost:9000");
	}

	@AfterEach
	void answerAgain() {
		slow.reset();
	}

	@AfterAll
	static void stop() {
		slow.close();
	}

	@Test
	void answersBadGatewayWhenAServiceIsDown() throws Exception {
		this.mvc.perform(get("/api/scoring/answers/a-1").with(ana()))
			.andExpect(status().isBadGateway())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.type").value("https://readyroom.io/problems/service-unavailable"))
			.andExpect(
					jsonPath("$.detail").value(org.hamcrest.Matchers.startsWith("scoring-service is not reachable")));
	}

	@Test
	void answersGatewayTimeoutWhenAServiceDoesNotAnswerInTime() throws Exception {
		CountDownLatch released = new CountDownLatch(1);
		slow.respondWith((exchange) -> {
			try {
				released.await(10, TimeUnit.SECONDS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			exchange.sendResponseHeaders(204, -1);
		});

		this.mvc.perform(get("/api/analytics/learners/ana/profile").with(ana()))
			.andExpect(status().isGatewayTimeout())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.type").value("https://readyroom.io/problems/service-timeout"))
			.andExpect(
					jsonPath("$.detail").value("analytics-service did not answer within 1 s. Try again in a moment."));
	}

	@Test
	void streamsAnExportForLongerThanTheResponseTimeout() throws Exception {
		slow.respondWith((exchange) -> {
			exchange.getResponseHeaders().add("Content-Type", "text/csv");
			exchange.sendResponseHeaders(200, 0);
			try (OutputStream out = exchange.getResponseBody()) {
				for (int row = 0; row < 5; row++) {
					out.write(("row-" + row + "\n").getBytes(StandardCharsets.UTF_8));
					out.flush();
					// a service that writes a row every 0.4 s: 2 s in all, twice the
					// timeout
					Thread.sleep(400);
				}
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		});

		this.mvc.perform(get("/api/analytics/cohorts/cohort-a/exports/matrix?format=csv").with(ana()))
			.andExpect(status().isOk())
			.andExpect(content().string("row-0\nrow-1\nrow-2\nrow-3\nrow-4\n"));
	}

	@Test
	void refusesABodyOverTheLimitAndCallsNoService() throws Exception {
		this.mvc
			.perform(post("/api/session/programs/demo-program/questions").with(ana())
				.with(BrowserCsrf.cookieAndHeader())
				.contentType("application/yaml")
				.content("x".repeat(1001)))
			.andExpect(status().isContentTooLarge())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.type").value("https://readyroom.io/problems/request-too-large"));

		assertThat(slow.received()).isEmpty();
	}

	@Test
	void relaysABodyAtTheLimit() throws Exception {
		this.mvc
			.perform(post("/api/session/programs/demo-program/questions").with(ana())
				.with(BrowserCsrf.cookieAndHeader())
				.contentType("application/yaml")
				.content("x".repeat(1000)))
			.andExpect(status().isOk());

		assertThat(slow.last().body()).hasSize(1000);
	}

	private RequestPostProcessor ana() {
		return new TestUsers(this.registrations.findByRegistrationId("readyroom")).learner("ana", "cohort-a");
	}

	private static int closedPort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
