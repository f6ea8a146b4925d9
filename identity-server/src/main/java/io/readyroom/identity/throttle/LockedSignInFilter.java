package io.readyroom.identity.throttle;

import java.io.IOException;
import java.time.Instant;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpMethod;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

import static org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher.pathPattern;

/**
 * Refuses a posted sign-in form while its username or address is locked out, before the
 * password is checked, so guessing during a lock-out learns nothing.
 */
public class LockedSignInFilter extends OncePerRequestFilter {

	private final SignInThrottle throttle;

	private final RequestMatcher signInForm;

	/**
	 * @param throttle says who is locked out
	 * @param signInPath where the sign-in form is posted
	 */
	public LockedSignInFilter(SignInThrottle throttle, String signInPath) {
		this.throttle = throttle;
		this.signInForm = pathPattern(HttpMethod.POST, signInPath);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Optional<Instant> lockedUntil = this.signInForm.matches(request)
				? this.throttle.lockedUntil(SignInAttempt.usernameOf(request), request.getRemoteAddr())
				: Optional.empty();
		if (lockedUntil.isPresent()) {
			LockedOut.redirect(request, response, lockedUntil.get());
			return;
		}
		chain.doFilter(request, response);
	}

}
