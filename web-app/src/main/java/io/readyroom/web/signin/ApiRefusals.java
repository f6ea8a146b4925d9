package io.readyroom.web.signin;

import java.io.IOException;

import io.readyroom.problems.Problems;
import io.readyroom.web.problem.ProblemWriter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.csrf.CsrfException;

/**
 * Refusals of {@code /api/**} calls as problems rather than redirects: the page's script
 * reads them, sends the person to sign in on {@code 401} and shows the rest.
 */
class ApiRefusals implements AuthenticationEntryPoint, AccessDeniedHandler {

	private final ProblemWriter problems;

	ApiRefusals(ProblemWriter problems) {
		this.problems = problems;
	}

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException authException) throws IOException {
		this.problems.write(response, Problems.detail(HttpStatus.UNAUTHORIZED, "not-signed-in", "Not signed in",
				"Sign in to continue; your session may have ended."));
	}

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response,
			AccessDeniedException accessDeniedException) throws IOException {
		if (accessDeniedException instanceof CsrfException) {
			this.problems.write(response,
					Problems.detail(HttpStatus.FORBIDDEN, "csrf-token-invalid", "Page out of date",
							"The request did not carry this page's security token. Reload the page and try again."));
			return;
		}
		this.problems.write(response, Problems.detail(HttpStatus.FORBIDDEN, "access-refused", "Access refused",
				"Your role may not do this."));
	}

}
