package io.readyroom.support.web;

import java.time.temporal.Temporal;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import io.readyroom.problems.Problems;
import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.TypeMismatchException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Gives the problems Spring MVC and the servlet container make for themselves (an unknown
 * path, a wrong method or media type, a missing or mistyped parameter) the services' type
 * and a detail that says what is wrong and what the endpoint takes, instead of
 * {@code about:blank} and the framework's wording.
 */
final class FrameworkProblems {

	private static final String ABOUT_BLANK = "about:blank";

	private FrameworkProblems() {
	}

	/**
	 * @param problem the framework's problem, changed in place
	 * @param failure what went wrong, if known
	 * @param request the request that failed
	 */
	static void complete(ProblemDetail problem, @Nullable Throwable failure, HttpServletRequest request) {
		if (problem.getType() != null && !ABOUT_BLANK.equals(problem.getType().toString())) {
			return;
		}
		String type = typeOf(problem.getStatus(), failure);
		problem.setType(Problems.type(type));
		String detail = detailOf(failure, request);
		if (detail != null) {
			problem.setDetail(detail);
		}
	}

	private static String typeOf(int status, @Nullable Throwable failure) {
		if (failure instanceof NoResourceFoundException) {
			return "unknown-endpoint";
		}
		if (failure instanceof MissingServletRequestParameterException) {
			return "missing-parameter";
		}
		if (failure instanceof TypeMismatchException || failure instanceof HandlerMethodValidationException) {
			return "invalid-parameter";
		}
		HttpStatus known = HttpStatus.resolve(status);
		return (known != null) ? known.name().toLowerCase(Locale.ROOT).replace('_', '-') : "error";
	}

	private static @Nullable String detailOf(@Nullable Throwable failure, HttpServletRequest request) {
		if (failure instanceof NoResourceFoundException notFound) {
			return "There is no endpoint " + notFound.getHttpMethod() + " /" + notFound.getResourcePath() + ".";
		}
		if (failure instanceof HttpRequestMethodNotSupportedException method) {
			String[] supported = (method.getSupportedMethods() != null) ? method.getSupportedMethods() : new String[0];
			return request.getRequestURI() + " does not take " + method.getMethod() + "; it takes "
					+ String.join(", ", supported) + ".";
		}
		if (failure instanceof HttpMediaTypeNotSupportedException media) {
			return "This endpoint does not take a body of type "
					+ ((media.getContentType() != null) ? media.getContentType() : "(none given)") + "; send "
					+ mediaTypes(media.getSupportedMediaTypes()) + ".";
		}
		if (failure instanceof HttpMediaTypeNotAcceptableException media) {
			return "This endpoint answers in " + mediaTypes(media.getSupportedMediaTypes())
					+ ", which the request's Accept header does not allow.";
		}
		if (failure instanceof MissingServletRequestParameterException missing) {
			return "The request needs the query parameter '" + missing.getParameterName() + "'.";
		}
		if (failure instanceof TypeMismatchException mismatch) {
			String name = (mismatch.getPropertyName() != null) ? "'" + mismatch.getPropertyName() + "'" : "value";
			return "'" + mismatch.getValue() + "' is not a valid " + name + ": it must be "
					+ expected(mismatch.getRequiredType()) + ".";
		}
		if (failure instanceof HandlerMethodValidationException invalid) {
			return "Invalid parameters: " + invalid.getParameterValidationResults()
				.stream()
				.map((result) -> result.getMethodParameter().getParameterName() + " "
						+ result.getResolvableErrors()
							.stream()
							.map((error) -> String.valueOf(error.getDefaultMessage()))
							.collect(Collectors.joining(", ")))
				.collect(Collectors.joining("; ")) + ".";
		}
		return null;
	}

	private static String mediaTypes(List<MediaType> types) {
		return types.isEmpty() ? "another type"
				: types.stream().map(MediaType::toString).collect(Collectors.joining(" or "));
	}

	private static String expected(@Nullable Class<?> type) {
		if (type == null) {
			return "of another type";
		}
		if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
			return "a whole number";
		}
		if (type.isEnum()) {
			return "one of "
					+ Arrays.stream(type.getEnumConstants()).map(String::valueOf).collect(Collectors.joining(", "));
		}
		if (Temporal.class.isAssignableFrom(type)) {
			return "an ISO-8601 " + type.getSimpleName() + " such as 2026-03-02";
		}
		return "a " + type.getSimpleName();
	}

}
