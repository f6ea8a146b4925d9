package io.readyroom.web.relay;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import io.readyroom.web.StubService;
import io.readyroom.web.TestUsers;
import io.readyroom.web.WebAppTests;
import jakarta.servlet.Filter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * An export reaches the browser while the service is still writing it: the relay never
 * waits for, or holds, the whole body.
 */
class BackendRelayStreamingTests extends WebAppTests {

	private final StubService analytics = StubService.shared();

	/** The browser's side of the call, read while the call still runs. */
	private final AtomicReference<MockHttpServletResponse> browser = new AtomicReference<>();

	@Autowired
	private WebApplicationContext context;

	@Autowired
	private ClientRegistrationRepository registrations;

	private MockMvc mvc;

	@BeforeEach
	void setUp() {
		this.analytics.reset();
		Filter seeResponse = (request, response, chain) -> {
			this.browser.set((MockHttpServletResponse) response);
			chain.doFilter(request, response);
		};
		this.mvc = MockMvcBuilders.webAppContextSetup(this.context)
			.addFilter(seeResponse)
			.apply(springSecurity())
			.build();
	}

	@Test
	void passesTheFirstRowsOfAnExportOnBeforeTheServiceHasWrittenTheRest() throws Exception {
		CountDownLatch firstRowsSeen = new CountDownLatch(1);
		this.analytics.respondWith((exchange) -> {
			exchange.getResponseHeaders().add("Content-Type", "text/csv");
			exchange.sendResponseHeaders(200, 0);
			try (OutputStream out = exchange.getResponseBody()) {
				out.write("learnerId,mastery\n".getBytes(StandardCharsets.UTF_8));
				out.flush();
				boolean seen = firstRowsSeen.await(10, TimeUnit.SECONDS);
				out.write((seen ? "ana,71.5\n" : "never relayed\n").getBytes(StandardCharsets.UTF_8));
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		});
		var carla = new TestUsers(this.registrations.findByRegistrationId("readyroom")).coach("carla", "cohort-a");

		CompletableFuture<Void> relayed = CompletableFuture.runAsync(() -> {
			try {
				this.mvc.perform(get("/api/analytics/cohorts/cohort-a/exports/matrix?format=csv").with(carla));
			}
			catch (Exception ex) {
				throw new IllegalStateException(ex);
			}
		});
		await().atMost(Duration.ofSeconds(10))
			.until(() -> this.browser.get() != null
					&& this.browser.get().getContentAsString().startsWith("learnerId,mastery\n"));
		firstRowsSeen.countDown();
		relayed.get(10, TimeUnit.SECONDS);

		assertThat(this.browser.get().getContentAsString()).isEqualTo("learnerId,mastery\nana,71.5\n");
		assertThat(this.browser.get().getContentType()).isEqualTo("text/csv");
		assertThat(this.analytics.last().query()).isEqualTo("format=csv");
	}

}
