package io.readyroom.web;

import java.net.URI;
import java.time.Duration;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the web app, prefix {@code readyroom.web}.
 *
 * @param identity the OpenID Connect provider people sign in with
 * @param backends the services the pages' API calls are relayed to
 */
@ConfigurationProperties("readyroom.web")
public record WebProperties(Identity identity, Backends backends) {

	/**
	 * @param issuerUri the provider's issuer: the browser is sent to its authorization
	 * endpoint and ID tokens must name it in {@code iss}
	 * @param internalUri where the web app itself reaches the provider for tokens and
	 * keys when that differs from the address the browser uses (docker-compose); empty
	 * for the issuer
	 * @param clientId the web app's client id, a public client (PKCE, no secret)
	 * @param endpoints the provider's endpoint paths below the issuer
	 */
	public record Identity(URI issuerUri, @Nullable URI internalUri, @DefaultValue("readyroom-web") String clientId,
			@DefaultValue Endpoints endpoints) {

		/** The base of the endpoints the web app calls itself. */
		public String backChannel() {
			return withoutTrailingSlash((this.internalUri != null) ? this.internalUri : this.issuerUri);
		}

		/** The base of the endpoints the browser is sent to. */
		public String frontChannel() {
			return withoutTrailingSlash(this.issuerUri);
		}

		private static String withoutTrailingSlash(URI uri) {
			String value = uri.toString();
			return value.endsWith("/") ? value.substring(0, value.length() - 1) : value;
		}

	}

	/**
	 * Where a provider keeps its endpoints below its issuer; the defaults are Spring
	 * Authorization Server's, the {@code keycloak} profile sets Keycloak's.
	 */
	public record Endpoints(@DefaultValue("/oauth2/authorize") String authorization,
			@DefaultValue("/oauth2/token") String token, @DefaultValue("/oauth2/jwks") String jwkSet,
			@DefaultValue("/userinfo") String userInfo, @DefaultValue("/connect/logout") String endSession) {

	}

	/**
	 * @param session session-service, the question bank and practice sessions
	 * @param scoring scoring-service, each answer's explained score
	 * @param analytics analytics-service, reports, dashboards and exports
	 * @param connectTimeout how long to wait for a service to accept a connection
	 * @param responseTimeout how long to wait for a service's response to begin (an
	 * export then streams for as long as it takes)
	 * @param maxRequestSize the largest request body relayed; a question import file is
	 * at most 1,000,000 bytes
	 */
	public record Backends(URI session, URI scoring, URI analytics, @DefaultValue("5s") Duration connectTimeout,
			@DefaultValue("30s") Duration responseTimeout, @DefaultValue("2000000") int maxRequestSize) {

	}

}
