package io.readyroom.identity.account;

import java.util.List;

import jakarta.validation.Valid;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The identity server's settings.
 *
 * @param accounts the demo accounts it signs in, seeded at start
 * @param demoMode whether it lists the accounts with their passwords, on
 * {@code /demo-accounts}, on its sign-in page and in its log; off unless
 * {@code ./readyroom --demo} turns it on, so that a platform someone else can reach
 * publishes no passwords
 * @param loadLearners how many {@link LoadLearners} to sign in besides the accounts, for
 * {@code ./readyroom load}; none unless the launcher asks for them
 */
@ConfigurationProperties("readyroom.identity")
@Validated
public record IdentityProperties(@DefaultValue List<@Valid DemoAccount> accounts, boolean demoMode,
		@DefaultValue("0") int loadLearners) {

	/** The property that turns demo mode on. */
	public static final String DEMO_MODE = "readyroom.identity.demo-mode";

}
