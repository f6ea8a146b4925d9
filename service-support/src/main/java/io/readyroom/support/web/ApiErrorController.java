package io.readyroom.support.web;

import java.io.IOException;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.webmvc.error.ErrorAttributes;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Renders what reaches the servlet container's error page, failures that no controller
 * advice saw (a path the container or the security firewall refuses, an exception in a
 * filter, one no handler knows), as a problem in the services' style rather than Boot's
 * generic JSON or HTML, whatever the client accepts. A server failure says no more than
 * that; its exception is in the log.
 */
@Controller
class ApiErrorController implements ErrorController {

	private final ErrorAttributes errorAttributes;

	private final JsonMapper json;

	ApiErrorController(ErrorAttributes errorAttributes, JsonMapper json) {
		this.errorAttributes = errorAttributes;
		this.json = json;
	}

	@RequestMapping("${server.error.path:${error.path:/error}}")
	void error(HttpServletRequest request, HttpServletResponse response) throws IOException {
		HttpStatus status = statusOf(request);
		Throwable failure = this.errorAttributes.getError(new ServletWebRequest(request));
		ProblemDetail problem = ProblemDetail.forStatus(status);
		problem.setTitle(status.getReasonPhrase());
		problem.setDetail(detailOf(status, failure, request));
		FrameworkProblems.complete(problem, failure, request);
		response.setStatus(status.value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		this.json.writeValue(response.getOutputStream(), problem);
	}

	private static HttpStatus statusOf(HttpServletRequest request) {
		Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		HttpStatus status = (code instanceof Integer number) ? HttpStatus.resolve(number) : null;
		return (status != null) ? status : HttpStatus.INTERNAL_SERVER_ERROR;
	}

	private static String detailOf(HttpStatus status, @Nullable Throwable failure, HttpServletRequest request) {
		Object path = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		if (status.is5xxServerError()) {
			return "The service failed to answer " + path + "; the failure is logged. Retry later.";
		}
		if (status == HttpStatus.NOT_FOUND && !(failure instanceof NoResourceFoundException)) {
			return "There is no endpoint " + path + ".";
		}
		Object message = request.getAttribute(RequestDispatcher.ERROR_MESSAGE);
		String reason = (failure != null && failure.getMessage() != null) ? failure.getMessage()
				: (message != null && !message.toString().isBlank()) ? message.toString() : null;
		return (reason != null) ? "The request to " + path + " was refused: " + reason
				: "The request to " + path + " was refused as " + status.getReasonPhrase().toLowerCase() + ".";
	}

}
