package io.readyroom.support.web;

import java.util.List;
import java.util.Map;

import io.readyroom.problems.Problems;
import io.readyroom.support.kafka.EventNotPublishedException;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Turns bad requests into problem responses a client can act on: which fields are invalid
 * and why, that the body is not JSON or not an object, that the path, method, media type
 * or a parameter is not one the endpoint takes, and a 503 when Kafka did not take an
 * event, in which case nothing was accepted and the same request can be retried.
 */
@RestControllerAdvice
class ApiProblemHandler extends ResponseEntityExceptionHandler {

	@Override
	protected @Nullable ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<Map<String, String>> errors = ex.getBindingResult()
			.getFieldErrors()
			.stream()
			.map((error) -> Map.of("field", error.getField(), "message", String.valueOf(error.getDefaultMessage())))
			.toList();
		ProblemDetail problem = Problems.detail(HttpStatus.BAD_REQUEST, "invalid-request", "Invalid request",
				"Invalid fields: " + String.join("; ",
						errors.stream().map((error) -> error.get("field") + " " + error.get("message")).toList()));
		problem.setProperty("errors", errors);
		return handleExceptionInternal(ex, problem, headers, HttpStatus.BAD_REQUEST, request);
	}

	@Override
	protected @Nullable ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		if (ex.getMostSpecificCause() instanceof RequestTooLargeException tooLarge) {
			ProblemDetail problem = Problems.detail(HttpStatus.CONTENT_TOO_LARGE, "request-too-large",
					"Request too large", tooLarge.getMessage());
			return handleExceptionInternal(ex, problem, headers, HttpStatus.CONTENT_TOO_LARGE, request);
		}
		if (ex.getMostSpecificCause() instanceof UnrecognizedPropertyException unknown) {
			return handleExceptionInternal(ex, unknownField(unknown), headers, HttpStatus.BAD_REQUEST, request);
		}
		return handleExceptionInternal(ex, BodyProblems.unreadable(ex), headers, HttpStatus.BAD_REQUEST, request);
	}

	/**
	 * Every problem Spring MVC makes of its own exceptions leaves here, in the services'
	 * style.
	 */
	@Override
	protected @Nullable ResponseEntity<Object> handleExceptionInternal(Exception ex, @Nullable Object body,
			HttpHeaders headers, HttpStatusCode statusCode, WebRequest request) {
		ResponseEntity<Object> response = super.handleExceptionInternal(ex, body, headers, statusCode, request);
		if (response != null && response.getBody() instanceof ProblemDetail problem
				&& request instanceof ServletWebRequest servlet) {
			FrameworkProblems.complete(problem, ex, servlet.getRequest());
		}
		return response;
	}

	/**
	 * A misspelt field would otherwise be dropped in silence (a {@code notes} for
	 * {@code note}), so where a service refuses unknown fields it says which and what it
	 * takes.
	 */
	private static ProblemDetail unknownField(UnrecognizedPropertyException unknown) {
		List<String> known = unknown.getKnownPropertyIds().stream().map(String::valueOf).sorted().toList();
		return Problems.detail(HttpStatus.BAD_REQUEST, "unknown-field", "Unknown field",
				"The request has a field \"" + unknown.getPropertyName()
						+ "\" that this endpoint does not take; it takes " + String.join(", ", known) + ".");
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> eventNotPublished(EventNotPublishedException ex) {
		logger.error("Request refused because Kafka did not acknowledge its event", ex);
		ProblemDetail problem = Problems.detail(HttpStatus.SERVICE_UNAVAILABLE, "event-backbone-unavailable",
				"Event backbone unavailable",
				"The request was not accepted because the event backbone did not acknowledge it; retry the same request.");
		return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, "5").body(problem);
	}

}
