package io.readyroom.web;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The web app with its services replaced by {@link StubService#shared()}: session-service
 * under {@code /session}, scoring-service under {@code /scoring}, analytics-service under
 * {@code /analytics}, so a test sees which service a call reached. The identity server is
 * not running, as at a start before it.
 */
@SpringBootTest
@AutoConfigureMockMvc
public abstract class WebAppTests {

	@DynamicPropertySource
	static void services(DynamicPropertyRegistry registry) {
		StubService stub = StubService.shared();
		registry.add("readyroom.web.backends.session", () -> stub.uri("/session"));
		registry.add("readyroom.web.backends.scoring", () -> stub.uri("/scoring"));
		registry.add("readyroom.web.backends.analytics", () -> stub.uri("/analytics"));
		registry.add("readyroom.web.identity.issuer-uri", () -> "http://localhost:9000");
	}

}
