package io.readyroom.web.problem;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.readyroom.problems.Problems;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.autoconfigure.web.ErrorProperties;
import org.springframework.boot.webmvc.autoconfigure.error.BasicErrorController;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.boot.webmvc.error.ErrorAttributes;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;

/**
 * What reaches the servlet container's error page: a browser asking for HTML keeps the
 * pages under {@code static/error}; every other client — the pages' scripts, API clients
 * — gets an RFC 9457 problem, as the services answer theirs.
 */
@Controller
class ProblemErrorController extends BasicErrorController {

	ProblemErrorController(ErrorAttributes errorAttributes, List<ErrorViewResolver> errorViewResolvers) {
		super(errorAttributes, new ErrorProperties(), errorViewResolvers);
	}

	@Override
	public ResponseEntity<Map<String, Object>> error(HttpServletRequest request) {
		HttpStatus status = getStatus(request);
		Map<String, Object> problem = new LinkedHashMap<>();
		problem.put("type", Problems.type(typeOf(status)).toString());
		problem.put("title", status.getReasonPhrase());
		problem.put("status", status.value());
		problem.put("detail", detailOf(status, request));
		// the content type set here is written as it is, whatever the request accepts
		return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

	private static String typeOf(HttpStatus status) {
		return switch (status) {
			case NOT_FOUND -> "unknown-endpoint";
			case METHOD_NOT_ALLOWED -> "method-not-allowed";
			default -> status.is5xxServerError() ? "internal-error" : "invalid-request";
		};
	}

	private static String detailOf(HttpStatus status, HttpServletRequest request) {
		Object path = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		if (status == HttpStatus.NOT_FOUND) {
			return "Nothing is at " + path + ".";
		}
		if (status.is5xxServerError()) {
			return "The web app could not answer " + path + "; the failure is logged.";
		}
		Object message = request.getAttribute(RequestDispatcher.ERROR_MESSAGE);
		return (message != null && !message.toString().isBlank()) ? message.toString()
				: status.getReasonPhrase() + ": " + path;
	}

}
