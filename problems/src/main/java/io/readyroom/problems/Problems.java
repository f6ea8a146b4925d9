package io.readyroom.problems;

import java.net.URI;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * RFC 9457 problems in Readyroom's one style, whether a service or the web app answers: a
 * type URI under {@code https://readyroom.io/problems/}, a short title and a detail that
 * says what is wrong.
 */
public final class Problems {

	private static final String TYPE_BASE = "https://readyroom.io/problems/";

	private Problems() {
	}

	/** An exception Spring MVC renders as the problem, with the status of the problem. */
	public static ErrorResponseException exception(HttpStatus status, String type, String title, String detail) {
		return new ErrorResponseException(status, detail(status, type, title, detail), null);
	}

	public static ProblemDetail detail(HttpStatus status, String type, String title, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setType(type(type));
		problem.setTitle(title);
		return problem;
	}

	/** The type URI of a problem, e.g. {@code unknown-endpoint}. */
	public static URI type(String type) {
		return URI.create(TYPE_BASE + type);
	}

}
