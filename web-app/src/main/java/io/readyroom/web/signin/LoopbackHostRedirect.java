package io.readyroom.web.signin;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Sends a browser that opened the web app as {@code localhost} to the same page on
 * {@code 127.0.0.1}. The identity server accepts a loopback redirect URI only with the IP
 * address (RFC 8252), and the sign-in's state lives in a cookie of the host the browser
 * used: both must be the one host. Runs before security, so even the sign-in redirect
 * starts from {@code 127.0.0.1}. Health checks are machines' calls and are left alone.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class LoopbackHostRedirect extends OncePerRequestFilter {

	static final String LOOPBACK_IP = "127.0.0.1";

	private static final String LOCALHOST = "localhost";

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		boolean readOnly = "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
		return !readOnly || request.getRequestURI().startsWith("/actuator/")
				|| portAfterLocalhost(request.getHeader(HttpHeaders.HOST)) == null;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String query = request.getQueryString();
		response.sendRedirect(
				request.getScheme() + "://" + LOOPBACK_IP + portAfterLocalhost(request.getHeader(HttpHeaders.HOST))
						+ request.getRequestURI() + ((query != null) ? "?" + query : ""));
	}

	/**
	 * @return {@code ":8080"} for {@code localhost:8080}, empty for {@code localhost},
	 * null for any other host
	 */
	static @Nullable String portAfterLocalhost(@Nullable String host) {
		if (host == null) {
			return null;
		}
		String lower = host.toLowerCase(Locale.ROOT);
		if (lower.equals(LOCALHOST)) {
			return "";
		}
		if (lower.startsWith(LOCALHOST + ":")
				&& lower.substring(LOCALHOST.length() + 1).chars().allMatch(Character::isDigit)) {
			return host.substring(LOCALHOST.length());
		}
		return null;
	}

}
