package io.readyroom.support.web;

import java.util.stream.Collectors;

import io.readyroom.problems.Problems;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;

/**
 * Says what is wrong with a request body that could not be read: none at all, not JSON,
 * not a JSON object, or a field of the wrong type. The same {@code 400 malformed-request}
 * in every service.
 */
final class BodyProblems {

	private BodyProblems() {
	}

	static ProblemDetail unreadable(HttpMessageNotReadableException ex) {
		return Problems.detail(HttpStatus.BAD_REQUEST, "malformed-request", "Malformed request", detailOf(ex));
	}

	private static String detailOf(HttpMessageNotReadableException ex) {
		Throwable cause = ex.getMostSpecificCause();
		if (cause instanceof StreamReadException notJson) {
			return "The request body is not valid JSON" + location(notJson) + ": " + notJson.getOriginalMessage();
		}
		if (cause instanceof MismatchedInputException mismatch) {
			if (mismatch.getPath().isEmpty()) {
				return "The request body must be a JSON object; this one is not.";
			}
			String field = fieldOf(mismatch);
			if (mismatch instanceof InvalidFormatException invalid) {
				return "The field \"" + field + "\" cannot be " + invalid.getValue() + ".";
			}
			return "The field \"" + field + "\" has the wrong type" + ((mismatch.getTargetType() != null)
					? ": it must be a " + mismatch.getTargetType().getSimpleName() : "") + ".";
		}
		if (cause instanceof JacksonException jackson) {
			return "The request body is not the JSON this endpoint takes" + location(jackson) + ": "
					+ jackson.getOriginalMessage();
		}
		return "The request has no body, or not the JSON object this endpoint takes.";
	}

	private static String fieldOf(MismatchedInputException mismatch) {
		return mismatch.getPath()
			.stream()
			.map((reference) -> (reference.getPropertyName() != null) ? reference.getPropertyName()
					: "[" + reference.getIndex() + "]")
			.collect(Collectors.joining("."))
			.replace(".[", "[");
	}

	private static String location(JacksonException ex) {
		return (ex.getLocation() != null && ex.getLocation().getLineNr() > 0)
				? " (line " + ex.getLocation().getLineNr() + ", column " + ex.getLocation().getColumnNr() + ")" : "";
	}

}
