package io.readyroom.web.signin;

import java.util.Map;

import io.readyroom.web.WebProperties;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.HttpSessionOAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.IdTokenClaimNames;

/**
 * The web app as a client of the identity server: a public client that proves the code
 * with PKCE. The provider's endpoints are derived from the issuer rather than discovered,
 * so the web app starts while the identity server is still starting; their paths are
 * Spring Authorization Server's unless the {@code keycloak} profile sets Keycloak's.
 */
@Configuration(proxyBeanMethods = false)
public class ReadyroomClient {

	/** The registration id; the redirect URI ends with it. */
	public static final String REGISTRATION_ID = "readyroom";

	static final String REDIRECT_URI = "{baseUrl}/login/oauth2/code/{registrationId}";

	@Bean
	ClientRegistrationRepository clientRegistrations(WebProperties properties) {
		return new InMemoryClientRegistrationRepository(registration(properties.identity()));
	}

	/**
	 * Tokens live in the person's HTTP session: gone when they sign out or the session
	 * ends, and never shared between two browsers of the same person.
	 */
	@Bean
	OAuth2AuthorizedClientRepository authorizedClients() {
		return new HttpSessionOAuth2AuthorizedClientRepository();
	}

	static ClientRegistration registration(WebProperties.Identity identity) {
		String browser = identity.frontChannel();
		String server = identity.backChannel();
		WebProperties.Endpoints endpoints = identity.endpoints();
		return ClientRegistration.withRegistrationId(REGISTRATION_ID)
			.clientId(identity.clientId())
			.clientName("Readyroom")
			.clientAuthenticationMethod(ClientAuthenticationMethod.NONE)
			.clientSettings(ClientRegistration.ClientSettings.builder().requireProofKey(true).build())
			.authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
			.redirectUri(REDIRECT_URI)
			.scope("openid", "profile")
			.issuerUri(identity.issuerUri().toString())
			.authorizationUri(browser + endpoints.authorization())
			.tokenUri(server + endpoints.token())
			.jwkSetUri(server + endpoints.jwkSet())
			.userInfoUri(server + endpoints.userInfo())
			.userNameAttributeName(IdTokenClaimNames.SUB)
			.providerConfigurationMetadata(Map.of("end_session_endpoint", browser + endpoints.endSession()))
			.build();
	}

}
