package io.readyroom.identity.throttle;

import java.time.Duration;

import jakarta.validation.constraints.Positive;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * When failed sign-ins lock out, and for how long.
 *
 * @param failuresPerUsername failures for one username within the window that lock it out
 * @param failuresPerAddress failures from one client address within the window, for any
 * usernames, that lock the address out; higher, since people share an address
 * @param window how far back failures count
 * @param firstLockout the first lock-out; each one that follows doubles it
 * @param longestLockout the longest lock-out
 */
@ConfigurationProperties("readyroom.identity.sign-in-throttle")
@Validated
public record SignInThrottleProperties(@DefaultValue("5") @Positive int failuresPerUsername,
		@DefaultValue("20") @Positive int failuresPerAddress, @DefaultValue("15m") Duration window,
		@DefaultValue("1m") Duration firstLockout, @DefaultValue("1h") Duration longestLockout) {

}
