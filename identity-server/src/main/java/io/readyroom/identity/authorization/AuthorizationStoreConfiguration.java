package io.readyroom.identity.authorization;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationService;

/**
 * Replaces the authorization server's default in-memory store with the thread-safe one.
 */
@Configuration(proxyBeanMethods = false)
class AuthorizationStoreConfiguration {

	@Bean
	OAuth2AuthorizationService authorizationService() {
		return new OneAtATimeAuthorizationService();
	}

}
