package io.readyroom.support.security;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;

/**
 * A service's role rules per endpoint, applied after the shared ones (health, info and
 * API docs open; other actuator endpoints for admins) and before the last one (every
 * other request needs a valid token). Rules that depend on the data, such as "only the
 * learner's own session", are checked in the service with the {@link Caller}.
 */
@FunctionalInterface
public interface EndpointRules {

	void apply(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests);

}
