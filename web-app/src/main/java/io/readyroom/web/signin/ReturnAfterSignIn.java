package io.readyroom.web.signin;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.jspecify.annotations.Nullable;

import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;

/**
 * After signing in, back to the page that asked for it: the {@code next} page of
 * {@code /sign-in}, else the page first requested, else the home page of the person's
 * role.
 */
class ReturnAfterSignIn extends SavedRequestAwareAuthenticationSuccessHandler {

	static final String NEXT_ATTRIBUTE = ReturnAfterSignIn.class.getName() + ".next";

	ReturnAfterSignIn() {
		setDefaultTargetUrl("/");
	}

	@Override
	public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
			Authentication authentication) throws ServletException, IOException {
		HttpSession session = request.getSession(false);
		Object next = (session != null) ? session.getAttribute(NEXT_ATTRIBUTE) : null;
		if (next instanceof String page) {
			session.removeAttribute(NEXT_ATTRIBUTE);
			clearAuthenticationAttributes(request);
			getRedirectStrategy().sendRedirect(request, response, page);
			return;
		}
		super.onAuthenticationSuccess(request, response, authentication);
	}

	/** Only a path of this site: no scheme, host or protocol-relative {@code //}. */
	static boolean isLocalPath(@Nullable String next) {
		return next != null && next.startsWith("/") && !next.startsWith("//") && !next.contains("\\")
				&& next.chars().noneMatch(Character::isISOControl);
	}

}
