package io.readyroom.web.relay;

import java.net.URI;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class BackendRouteTests {

	private final BackendRoute session = new BackendRoute("session-service", "/api/session",
			URI.create("http://localhost:8081"), "/api");

	@Test
	void sendsThePathUnderTheServicesPrefix() {
		assertThat(this.session.servicePath("/api/session/questions")).isEqualTo("/api/questions");
	}

	@Test
	void keepsThePathOfTheServicesAddress() {
		BackendRoute behindAProxy = new BackendRoute("session-service", "/api/session",
				URI.create("http://proxy.internal/session/"), "/api");

		assertThat(behindAProxy.servicePath("/api/session/questions")).isEqualTo("/session/api/questions");
	}

	@Test
	void keepsEncodedCharactersAsTheyCame() {
		assertThat(this.session.servicePath("/api/session/questions/q%20one")).isEqualTo("/api/questions/q%20one");
	}

	@Test
	void mapsTheServicesLocationsBackToPublicPaths() {
		assertThat(this.session.publicLocation("/api/sessions/s-1")).isEqualTo("/api/session/sessions/s-1");
		assertThat(this.session.publicLocation("http://localhost:8081/api/sessions/s-1"))
			.isEqualTo("/api/session/sessions/s-1");
		assertThat(this.session.publicLocation("https://elsewhere.example/x")).isEqualTo("https://elsewhere.example/x");
	}

}
