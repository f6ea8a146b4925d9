package io.readyroom.web.relay;

import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import io.readyroom.web.StubService;
import io.readyroom.web.WebProperties;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * An export reaches the browser while the service is still writing it: the relay never
 * waits for, or holds, the whole body.
 */
class BackendRelayStreamingTests {

	private final StubService analytics = StubService.start();

	@AfterEach
	void stop() {
		this.analytics.close();
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
		BackendRoute route = new BackendRoute("analytics-service", "/api/analytics", this.analytics.uri(""), "/api");
		BackendRelay relay = new BackendRelay(new WebProperties(null, new WebProperties.Backends(route.base(),
				route.base(), route.base(), Duration.ofSeconds(2), Duration.ofSeconds(5), 1000)));
		MockHttpServletResponse browser = new MockHttpServletResponse();
		String path = "/api/analytics/cohorts/cohort-a/exports/matrix";
		URI target = route.target(path, "format=csv");

		CompletableFuture<Void> relayed = CompletableFuture.runAsync(() -> {
			try {
				relay.exchange(new MockHttpServletRequest("GET", path), route, target, "token", browser);
			}
			catch (Exception ex) {
				throw new IllegalStateException(ex);
			}
		});
		await().atMost(Duration.ofSeconds(10))
			.until(() -> browser.getContentAsString().startsWith("learnerId,mastery\n"));
		firstRowsSeen.countDown();
		relayed.get(10, TimeUnit.SECONDS);

		assertThat(browser.getContentAsString()).isEqualTo("learnerId,mastery\nana,71.5\n");
		assertThat(browser.getContentType()).isEqualTo("text/csv");
		assertThat(this.analytics.last().query()).isEqualTo("format=csv");
	}

}
