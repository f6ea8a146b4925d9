package io.readyroom.identity.throttle;

import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The rule against password guessing, kept in memory: {@code failuresPerUsername}
 * failures for a username within the window lock that username out, and
 * {@code failuresPerAddress} failures from one client address, whatever the usernames,
 * lock that address out; a locked-out attempt is refused without its password being
 * checked. A lock-out lasts {@code firstLockout}, twice as long each time it follows
 * another within the window, at most {@code longestLockout}. Signing in resets the
 * username, not the address, so one account of one's own does not clear the way to guess
 * others'.
 */
@Component
public class SignInThrottle {

	/** Beyond this many tracked names or addresses the forgotten ones are dropped. */
	private static final int TRACKED_BEFORE_PRUNING = 10_000;

	private final SignInThrottleProperties rule;

	private final Clock clock;

	private final Map<String, FailedAttempts> usernames = new ConcurrentHashMap<>();

	private final Map<String, FailedAttempts> addresses = new ConcurrentHashMap<>();

	@Autowired
	SignInThrottle(SignInThrottleProperties rule) {
		this(rule, Clock.systemUTC());
	}

	SignInThrottle(SignInThrottleProperties rule, Clock clock) {
		this.rule = rule;
		this.clock = clock;
	}

	/**
	 * @param username as typed into the sign-in form
	 * @param address the client's address
	 * @return until when attempts for this username or from this address are refused,
	 * empty if they are not
	 */
	public Optional<Instant> lockedUntil(String username, String address) {
		Instant now = this.clock.instant();
		return Optional.ofNullable(this.usernames.get(keyOf(username)))
			.filter((attempts) -> attempts.lockedAt(now))
			.or(() -> Optional.ofNullable(this.addresses.get(address)).filter((attempts) -> attempts.lockedAt(now)))
			.map(FailedAttempts::lockedUntil);
	}

	/**
	 * Counts a failed sign-in.
	 * @param username as typed into the sign-in form
	 * @param address the client's address
	 * @return until when this failure locked the username or the address out, empty if it
	 * did not
	 */
	public Optional<Instant> failed(String username, String address) {
		Instant now = this.clock.instant();
		boolean usernameLocked = fail(this.usernames, keyOf(username), this.rule.failuresPerUsername(), now);
		boolean addressLocked = fail(this.addresses, address, this.rule.failuresPerAddress(), now);
		return (usernameLocked || addressLocked) ? lockedUntil(username, address) : Optional.empty();
	}

	/**
	 * Forgets the username's failures and lock-outs after a successful sign-in.
	 * @param username whom the server signed in
	 */
	public void succeeded(String username) {
		this.usernames.remove(keyOf(username));
	}

	private boolean fail(Map<String, FailedAttempts> tracked, String key, int limit, Instant now) {
		if (tracked.size() > TRACKED_BEFORE_PRUNING) {
			tracked.values().removeIf((attempts) -> attempts.forgottenAt(now, this.rule.window()));
		}
		FailedAttempts attempts = tracked.computeIfAbsent(key, (unknown) -> new FailedAttempts());
		if (attempts.forgottenAt(now, this.rule.window())) {
			attempts = new FailedAttempts();
			tracked.put(key, attempts);
		}
		return attempts.fail(now, limit, this.rule.window(), this.rule.firstLockout(), this.rule.longestLockout());
	}

	/** The accounts are looked up regardless of case, so "Ana" must count for "ana". */
	private static String keyOf(String username) {
		return username.strip().toLowerCase(Locale.ROOT);
	}

}
