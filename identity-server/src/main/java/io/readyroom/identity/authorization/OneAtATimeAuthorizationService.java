package io.readyroom.identity.authorization;

import org.jspecify.annotations.Nullable;

import org.springframework.security.oauth2.server.authorization.InMemoryOAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.OAuth2Authorization;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;

/**
 * The in-memory authorization store, one call at a time. Spring Authorization Server's
 * own looks a token up by iterating a map that a concurrent sign-in may be changing, so
 * learners signing in at the same moment got 500 from the token endpoint
 * ({@code ConcurrentModificationException}; seen with twenty learners of
 * {@code ./readyroom load}). Each call is a map operation, so holding the lock costs
 * nothing measurable.
 */
class OneAtATimeAuthorizationService implements OAuth2AuthorizationService {

	private final OAuth2AuthorizationService store = new InMemoryOAuth2AuthorizationService();

	@Override
	public synchronized void save(OAuth2Authorization authorization) {
		this.store.save(authorization);
	}

	@Override
	public synchronized void remove(OAuth2Authorization authorization) {
		this.store.remove(authorization);
	}

	@Override
	public synchronized @Nullable OAuth2Authorization findById(String id) {
		return this.store.findById(id);
	}

	@Override
	public synchronized @Nullable OAuth2Authorization findByToken(String token, @Nullable OAuth2TokenType tokenType) {
		return this.store.findByToken(token, tokenType);
	}

}
