package io.readyroom.identity.throttle;

import java.io.IOException;
import java.time.Instant;
import java.util.Optional;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;

/**
 * Counts the outcome of each sign-in form: a failure toward a lock-out, whose first
 * refusal already says until when; a success resets its username. Otherwise the form
 * login's usual ways: back to the form with {@code ?error}, or on to what the person
 * asked for.
 */
public class SignInAttempt implements AuthenticationSuccessHandler, AuthenticationFailureHandler {

	private final SignInThrottle throttle;

	private final AuthenticationSuccessHandler proceed = new SavedRequestAwareAuthenticationSuccessHandler();

	private final AuthenticationFailureHandler retry;

	/**
	 * @param throttle counts the outcomes
	 * @param signInPath the sign-in form's address
	 */
	public SignInAttempt(SignInThrottle throttle, String signInPath) {
		this.throttle = throttle;
		this.retry = new SimpleUrlAuthenticationFailureHandler(signInPath + "?error");
	}

	@Override
	public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
			Authentication authentication) throws IOException, ServletException {
		this.throttle.succeeded(authentication.getName());
		this.proceed.onAuthenticationSuccess(request, response, authentication);
	}

	@Override
	public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException exception) throws IOException, ServletException {
		Optional<Instant> lockedUntil = this.throttle.failed(usernameOf(request), request.getRemoteAddr());
		if (lockedUntil.isPresent()) {
			LockedOut.redirect(request, response, lockedUntil.get());
			return;
		}
		this.retry.onAuthenticationFailure(request, response, exception);
	}

	static String usernameOf(HttpServletRequest request) {
		String username = request.getParameter("username");
		return (username != null) ? username : "";
	}

}
