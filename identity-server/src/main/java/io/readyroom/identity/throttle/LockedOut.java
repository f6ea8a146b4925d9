package io.readyroom.identity.throttle;

import java.io.IOException;
import java.time.Instant;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

/**
 * Sends a locked-out attempt back to the sign-in page, which says until when; the time
 * travels in the session rather than the address, where anyone could change it.
 */
public final class LockedOut {

	/** The sign-in page's address for a locked-out attempt. */
	public static final String PAGE = "/login?locked";

	private static final String UNTIL = LockedOut.class.getName() + ".until";

	private LockedOut() {
	}

	static void redirect(HttpServletRequest request, HttpServletResponse response, Instant until) throws IOException {
		request.getSession().setAttribute(UNTIL, until);
		response.sendRedirect(request.getContextPath() + PAGE);
	}

	/**
	 * @param request a request for the sign-in page
	 * @return until when the last attempt in this session was locked out, if one was
	 */
	public static @Nullable Instant until(HttpServletRequest request) {
		return (request.getSession(false) != null
				&& request.getSession(false).getAttribute(UNTIL) instanceof Instant until) ? until : null;
	}

}
