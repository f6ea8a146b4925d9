package io.readyroom.web.signin;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import io.readyroom.web.WebProperties;
import org.junit.jupiter.api.Test;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.PropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;
import org.springframework.security.oauth2.client.registration.ClientRegistration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The web app signs in at Spring Authorization Server by default and at Keycloak with its
 * profile.
 */
class ProviderEndpointsTests {

	private static final String ISSUER = "http://localhost:8180/realms/readyroom";

	@Test
	void defaultsAreSpringAuthorizationServersEndpoints() throws IOException {
		ClientRegistration registration = registrationWith(List.of());

		assertThat(registration.getProviderDetails().getAuthorizationUri()).isEqualTo(ISSUER + "/oauth2/authorize");
		assertThat(registration.getProviderDetails().getTokenUri())
			.isEqualTo("http://keycloak:8080/realms/readyroom/oauth2/token");
	}

	@Test
	void keycloakProfileSendsThePersonToKeycloaksEndpointsAndRedeemsCodesInsideTheNetwork() throws IOException {
		ClientRegistration registration = registrationWith(
				new YamlPropertySourceLoader().load("keycloak", new ClassPathResource("application-keycloak.yml")));

		assertThat(registration.getProviderDetails().getAuthorizationUri())
			.isEqualTo(ISSUER + "/protocol/openid-connect/auth");
		assertThat(registration.getProviderDetails().getTokenUri())
			.isEqualTo("http://keycloak:8080/realms/readyroom/protocol/openid-connect/token");
		assertThat(registration.getProviderDetails().getJwkSetUri())
			.isEqualTo("http://keycloak:8080/realms/readyroom/protocol/openid-connect/certs");
		assertThat(registration.getProviderDetails().getConfigurationMetadata().get("end_session_endpoint"))
			.isEqualTo(ISSUER + "/protocol/openid-connect/logout");
	}

	private static ClientRegistration registrationWith(List<PropertySource<?>> profile) {
		StandardEnvironment environment = new StandardEnvironment();
		profile.forEach(environment.getPropertySources()::addFirst);
		environment.getPropertySources()
			.addLast(new MapPropertySource("compose",
					Map.of("readyroom.web.identity.issuer-uri", ISSUER, "readyroom.web.identity.internal-uri",
							"http://keycloak:8080/realms/readyroom", "readyroom.web.backends.session",
							"http://session:8081", "readyroom.web.backends.scoring", "http://scoring:8082",
							"readyroom.web.backends.analytics", "http://analytics:8083")));
		WebProperties properties = new Binder(ConfigurationPropertySources.get(environment))
			.bind("readyroom.web", WebProperties.class)
			.get();
		return ReadyroomClient.registration(properties.identity());
	}

}
