package io.readyroom.web.relay;

import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.time.Duration;

import io.readyroom.problems.Problems;
import org.apache.hc.client5.http.ConnectTimeoutException;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.oauth2.client.ClientAuthorizationRequiredException;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.servlet.function.HandlerFunction;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * The relay's own refusals (service down, too slow, sign-in expired, request too large)
 * as problems, like the services' own. A service's own answers, problems included, pass
 * as they are.
 */
final class RelayProblems {

	private final BackendRoute route;

	private final Duration responseTimeout;

	RelayProblems(BackendRoute route, Duration responseTimeout) {
		this.route = route;
		this.responseTimeout = responseTimeout;
	}

	/** Relays the call, answering a refusal of the relay's own as a problem. */
	ServerResponse instead(ServerRequest request, HandlerFunction<ServerResponse> next) throws Exception {
		try {
			return next.handle(request);
		}
		catch (ErrorResponseException ex) {
			return problem(ex.getBody());
		}
		catch (ClientAuthorizationRequiredException ex) {
			// no usable token in the person's session: they sign in again
			return problem(AccessTokens.signInExpired());
		}
		catch (ResourceAccessException ex) {
			return problem(unreachable(ex));
		}
	}

	private ProblemDetail unreachable(ResourceAccessException ex) {
		Throwable cause = ex.getCause();
		if (cause instanceof ConnectException || cause instanceof ConnectTimeoutException) {
			return Problems.detail(HttpStatus.BAD_GATEWAY, "service-unavailable", "Service unavailable",
					this.route.service() + " is not reachable; it may still be starting. Try again in a moment.");
		}
		if (cause instanceof SocketTimeoutException) {
			return Problems.detail(HttpStatus.GATEWAY_TIMEOUT, "service-timeout", "Service too slow",
					this.route.service() + " did not answer within " + this.responseTimeout.toSeconds()
							+ " s. Try again in a moment.");
		}
		throw ex;
	}

	static ServerResponse problem(ProblemDetail problem) {
		return ServerResponse.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

}
