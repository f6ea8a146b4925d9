package io.readyroom.support.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Logs every API request on one line with ids only: method, path, status, time and the
 * caller's id. Never a query string, a body or a header, so no answer text and no token
 * reaches the log. Actuator requests (health polls) log at DEBUG.
 */
public class RequestLog extends OncePerRequestFilter {

	/**
	 * The request attribute the security filters set to the authenticated caller's id.
	 */
	public static final String CALLER_ATTRIBUTE = RequestLog.class.getName() + ".caller";

	private static final Logger logger = LoggerFactory.getLogger("io.readyroom.requests");

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		long started = System.nanoTime();
		try {
			chain.doFilter(request, response);
		}
		finally {
			log(request, response, (System.nanoTime() - started) / 1_000_000);
		}
	}

	private void log(HttpServletRequest request, HttpServletResponse response, long millis) {
		boolean actuator = request.getRequestURI().startsWith("/actuator");
		if (actuator ? logger.isDebugEnabled() : logger.isInfoEnabled()) {
			Object caller = request.getAttribute(CALLER_ATTRIBUTE);
			String line = "%s %s -> %d in %d ms, caller %s".formatted(request.getMethod(), request.getRequestURI(),
					response.getStatus(), millis, (caller != null) ? caller : "none");
			if (actuator) {
				logger.debug(line);
			}
			else {
				logger.info(line);
			}
		}
	}

}
