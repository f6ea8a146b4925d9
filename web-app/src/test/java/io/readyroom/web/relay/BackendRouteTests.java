package io.readyroom.web.relay;

import java.net.URI;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class BackendRouteTests {

	private final BackendRoute session = new BackendRoute("session-service", "/api/session",
			URI.create("http://localhost:8081"), "/api");

	@Test
	void sendsThePathUnderTheServicesPrefixWithItsQuery() {
		assertThat(this.session.target("/api/session/questions", "roleTrack=ehr-specialist&type=technical"))
			.isEqualTo(URI.create("http://localhost:8081/api/questions?roleTrack=ehr-specialist&type=technical"));
	}

	@Test
	void keepsEncodedCharactersAsTheyCame() {
		assertThat(this.session.target("/api/session/questions/q%20one", null))
			.isEqualTo(URI.create("http://localhost:8081/api/questions/q%20one"));
	}

	@Test
	void servesOnlyPathsUnderItsPrefix() {
		assertThat(this.session.serves("/api/session/sessions")).isTrue();
		assertThat(this.session.serves("/api/sessions")).isFalse();
		assertThat(this.session.serves("/api/session")).isFalse();
	}

	@Test
	void mapsTheServicesLocationsBackToPublicPaths() {
		assertThat(this.session.publicLocation("/api/sessions/s-1")).isEqualTo("/api/session/sessions/s-1");
		assertThat(this.session.publicLocation("http://localhost:8081/api/sessions/s-1"))
			.isEqualTo("/api/session/sessions/s-1");
		assertThat(this.session.publicLocation("https://elsewhere.example/x")).isEqualTo("https://elsewhere.example/x");
	}

}
