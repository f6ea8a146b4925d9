package io.readyroom.support.security;

import java.io.IOException;

import io.readyroom.support.web.RequestLog;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Hands the authenticated caller's id to the {@link RequestLog}, which runs outside
 * security.
 */
class CallerTag extends OncePerRequestFilter {

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.isAuthenticated()) {
			request.setAttribute(RequestLog.CALLER_ATTRIBUTE, authentication.getName());
		}
		chain.doFilter(request, response);
	}

}
