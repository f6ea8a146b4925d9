package io.readyroom.identity.authorization;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.endpoint.OAuth2ParameterNames;
import org.springframework.security.oauth2.server.authorization.OAuth2Authorization;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sign-ins at the same moment: the default in-memory store threw
 * ConcurrentModificationException when one looked a code up while another saved.
 */
class OneAtATimeAuthorizationServiceTests {

	private static final RegisteredClient CLIENT = RegisteredClient.withId("web-app")
		.clientId("web-app")
		.authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
		.redirectUri("http://127.0.0.1:8080/callback")
		.build();

	private static final OAuth2TokenType STATE = new OAuth2TokenType(OAuth2ParameterNames.STATE);

	private final OneAtATimeAuthorizationService store = new OneAtATimeAuthorizationService();

	@Test
	void signInsAtTheSameMomentNeverFailAndFindTheirAuthorizations() {
		ExecutorService signIns = Executors.newFixedThreadPool(4);
		try {
			List<CompletableFuture<Long>> found = IntStream.range(0, 4)
				.mapToObj((thread) -> CompletableFuture.supplyAsync(this::signInManyTimes, signIns))
				.toList();
			// join throws what a sign-in threw; the store keeps only the newest 100
			// unfinished sign-ins, so under contention a few may be evicted, as in the
			// default store
			assertThat(found.stream().map(CompletableFuture::join))
				.allSatisfy((count) -> assertThat(count).isGreaterThan(1_900L));
		}
		finally {
			signIns.shutdown();
		}
	}

	/** Saves an authorization and looks it up by its state, as the sign-in flow does. */
	private long signInManyTimes() {
		long found = 0;
		for (int i = 0; i < 2_000; i++) {
			String state = UUID.randomUUID().toString();
			this.store.save(OAuth2Authorization.withRegisteredClient(CLIENT)
				.id(UUID.randomUUID().toString())
				.principalName("load-learner-" + i)
				.authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
				.attribute(OAuth2ParameterNames.STATE, state)
				.build());
			if (this.store.findByToken(state, STATE) != null) {
				found++;
			}
		}
		return found;
	}

}
