package io.readyroom.testsupport;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.DynamicPropertyRegistrar;

/**
 * A stand-in identity provider for a service under test: the service trusts
 * {@link TestTokens}' issuer and fetches its signing key over HTTP, exactly as it would
 * from a real provider, and tests send tokens minted by {@link TestTokens}.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestIdentity {

	@Bean(destroyMethod = "close")
	TestTokens testTokens() {
		return TestTokens.start();
	}

	@Bean
	DynamicPropertyRegistrar trustTestIssuer(TestTokens tokens) {
		return (registry) -> {
			registry.add("readyroom.security.issuer-uri", () -> TestTokens.ISSUER);
			registry.add("readyroom.security.jwk-set-uri", tokens::jwkSetUri);
		};
	}

}
