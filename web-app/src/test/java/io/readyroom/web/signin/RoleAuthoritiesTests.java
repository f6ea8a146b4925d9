package io.readyroom.web.signin;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.OidcUserAuthority;

import static org.assertj.core.api.Assertions.assertThat;

class RoleAuthoritiesTests {

	@Test
	void grantsTheRoleNamedInTheRolesClaim() {
		assertThat(authoritiesFor(List.of("coach"))).contains("ROLE_COACH").doesNotContain("ROLE_LEARNER");
	}

	@Test
	void ignoresRolesReadyroomDoesNotKnow() {
		assertThat(authoritiesFor(List.of("superuser"))).noneMatch((authority) -> authority.startsWith("ROLE_"));
	}

	private static List<String> authoritiesFor(List<String> roles) {
		OidcIdToken idToken = new OidcIdToken("id-token", Instant.now(), Instant.now().plusSeconds(60),
				Map.of("sub", "carla", "roles", roles));
		return new RoleAuthorities().mapAuthorities(List.of(new OidcUserAuthority(idToken)))
			.stream()
			.map(GrantedAuthority::getAuthority)
			.toList();
	}

}
