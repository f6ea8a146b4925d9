package io.readyroom.support.security;

import io.readyroom.problems.Problems;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Renders refused requests as RFC 9457 problems: 401 when the token is missing or invalid
 * (saying why), 403 when the caller may not do this.
 */
@RestControllerAdvice
class SecurityProblemHandler {

	@ExceptionHandler
	ResponseEntity<ProblemDetail> unauthenticated(AuthenticationException ex) {
		String detail = (ex instanceof InvalidBearerTokenException) ? "The bearer token was refused: " + ex.getMessage()
				: "This endpoint needs a bearer token from the Readyroom identity provider in the Authorization header.";
		return problem(HttpStatus.UNAUTHORIZED, "unauthenticated", "Sign-in required", detail);
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> refused(AccessDeniedException ex) {
		String detail = "Access Denied".equals(ex.getMessage()) ? "Your role may not use this endpoint."
				: ex.getMessage();
		return problem(HttpStatus.FORBIDDEN, "access-refused", "Access refused", detail);
	}

	private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String type, String title, String detail) {
		return ResponseEntity.status(status).body(Problems.detail(status, type, title, detail));
	}

}
