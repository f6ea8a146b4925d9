package io.readyroom.web.relay;

import java.io.IOException;
import java.time.Clock;

import io.readyroom.problems.Problems;
import io.readyroom.web.signin.ReadyroomClient;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.oauth2.client.ClientAuthorizationRequiredException;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.annotation.RegisteredOAuth2AuthorizedClient;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The pages' only way to the services: every method, path, query and body under the
 * public prefixes of {@link BackendRoutes}, sent with the signed-in person's access
 * token.
 */
@RestController
class ApiRelayController {

	private final BackendRoutes routes;

	private final BackendRelay relay;

	private final Clock clock = Clock.systemUTC();

	ApiRelayController(BackendRoutes routes, BackendRelay relay) {
		this.routes = routes;
		this.relay = relay;
	}

	@RequestMapping({ "/api/session/**", "/api/scoring/**", "/api/analytics/**" })
	void relay(@RegisteredOAuth2AuthorizedClient(ReadyroomClient.REGISTRATION_ID) OAuth2AuthorizedClient client,
			HttpServletRequest request, HttpServletResponse response) throws IOException {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		BackendRoute route = this.routes.forPath(path).orElseThrow(() -> unknown(path));
		String token = AccessTokens.usable(client.getAccessToken(), this.clock);
		this.relay.exchange(request, route, route.target(path, request.getQueryString()), token, response);
	}

	/** The session holds no token for the person any more: they sign in again. */
	@ExceptionHandler(ClientAuthorizationRequiredException.class)
	ResponseEntity<ProblemDetail> noToken() {
		ProblemDetail problem = AccessTokens.signInExpired().getBody();
		return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

	private static ErrorResponseException unknown(String path) {
		return Problems.exception(HttpStatus.NOT_FOUND, "unknown-api", "Unknown API",
				"There is no API at " + path + ".");
	}

}
