package io.readyroom.identity.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import io.readyroom.identity.account.DemoAccount;
import io.readyroom.identity.account.DemoAccountDirectory;
import io.readyroom.identity.account.IdentityProperties;
import io.readyroom.identity.throttle.LockedOut;
import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;

import org.springframework.http.MediaType;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * {@code GET /login}: the sign-in form, in place of Spring Security's generated one, so
 * it has a heading, labelled fields and an error region a screen reader announces. Spring
 * Security still processes the posted form and sends a failed attempt back with
 * {@code ?error}, a locked-out one with {@code ?locked}.
 */
@Controller
class SignInController {

	static final String PATH = "/login";

	private final DemoAccountDirectory accounts;

	private final boolean demoMode;

	private final Clock clock = Clock.systemUTC();

	SignInController(DemoAccountDirectory accounts, IdentityProperties properties) {
		this.accounts = accounts;
		this.demoMode = properties.demoMode();
	}

	@GetMapping(path = PATH, produces = MediaType.TEXT_HTML_VALUE + ";charset=UTF-8")
	@ResponseBody
	String signIn(@RequestParam(required = false) @Nullable String error,
			@RequestParam(required = false) @Nullable String logout,
			@RequestParam(required = false) @Nullable String locked, CsrfToken csrf, HttpServletRequest request) {
		List<DemoAccount> listed = this.demoMode ? this.accounts.all() : List.of();
		if (locked != null) {
			return SignInPage.renderLocked(waitOf(LockedOut.until(request)), csrf.getParameterName(), csrf.getToken(),
					listed);
		}
		return SignInPage.render(outcomeOf(error, logout), csrf.getParameterName(), csrf.getToken(), listed);
	}

	/** A lock-out that has ended, or one the session no longer knows, leaves no wait. */
	private Duration waitOf(@Nullable Instant lockedUntil) {
		if (lockedUntil == null) {
			return Duration.ZERO;
		}
		Duration wait = Duration.between(this.clock.instant(), lockedUntil);
		return wait.isNegative() ? Duration.ZERO : wait;
	}

	private static SignInPage.Outcome outcomeOf(@Nullable String error, @Nullable String logout) {
		if (error != null) {
			return SignInPage.Outcome.FAILED;
		}
		return (logout != null) ? SignInPage.Outcome.SIGNED_OUT : SignInPage.Outcome.FIRST_VISIT;
	}

}
