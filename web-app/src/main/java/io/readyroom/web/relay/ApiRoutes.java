package io.readyroom.web.relay;

import java.util.List;

import io.readyroom.problems.Problems;
import io.readyroom.web.WebProperties;
import io.readyroom.web.signin.ReadyroomClient;

import org.springframework.boot.http.client.ClientHttpRequestFactoryBuilder;
import org.springframework.boot.http.client.HttpClientSettings;
import org.springframework.boot.http.client.HttpCookieHandling;
import org.springframework.boot.http.client.HttpRedirects;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.http.client.ClientHttpRequestFactory;
import org.springframework.web.servlet.function.RequestPredicate;
import org.springframework.web.servlet.function.RequestPredicates;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;

import static org.springframework.cloud.gateway.server.mvc.filter.BeforeFilterFunctions.adaptCachedBody;
import static org.springframework.cloud.gateway.server.mvc.filter.BeforeFilterFunctions.uri;
import static org.springframework.cloud.gateway.server.mvc.filter.TokenRelayFilterFunctions.tokenRelay;
import static org.springframework.cloud.gateway.server.mvc.handler.GatewayRouterFunctions.route;
import static org.springframework.cloud.gateway.server.mvc.handler.HandlerFunctions.http;

/**
 * The pages' only way to the services: every method, path, query and body under a public
 * prefix is relayed by Spring Cloud Gateway with the signed-in person's access token.
 *
 * <table>
 * <tr>
 * <th>the pages call</th>
 * <th>relayed to</th>
 * </tr>
 * <tr>
 * <td>{@code /api/session/**}</td>
 * <td>session-service {@code /api/**}</td>
 * </tr>
 * <tr>
 * <td>{@code /api/scoring/**}</td>
 * <td>scoring-service {@code /api/scoring/**}</td>
 * </tr>
 * <tr>
 * <td>{@code /api/analytics/**}</td>
 * <td>analytics-service {@code /api/**}</td>
 * </tr>
 * </table>
 * A public prefix itself ({@code /api/session}) is answered {@code 404} as a problem.
 */
@Configuration(proxyBeanMethods = false)
class ApiRoutes {

	@Bean
	RouterFunction<ServerResponse> relayRoutes(WebProperties properties) {
		WebProperties.Backends backends = properties.backends();
		List<BackendRoute> routes = List.of(
				new BackendRoute("session-service", "/api/session", backends.session(), "/api"),
				new BackendRoute("scoring-service", "/api/scoring", backends.scoring(), "/api/scoring"),
				new BackendRoute("analytics-service", "/api/analytics", backends.analytics(), "/api"));
		RouterFunction<ServerResponse> relays = routes.stream()
			.map((route) -> relay(route, backends))
			.reduce(RouterFunction::and)
			.orElseThrow();
		RequestPredicate prefixes = routes.stream()
			.map((route) -> RequestPredicates.path(route.publicPrefix() + "/**"))
			.reduce(RequestPredicate::or)
			.orElseThrow();
		return relays.and(RouterFunctions.route(prefixes, ApiRoutes::unknown));
	}

	private static ServerResponse unknown(ServerRequest request) {
		return RelayProblems.problem(Problems.detail(HttpStatus.NOT_FOUND, "unknown-api", "Unknown API",
				"There is no API at " + request.path() + "."));
	}

	private static RouterFunction<ServerResponse> relay(BackendRoute route, WebProperties.Backends backends) {
		RelayProblems problems = new RelayProblems(route, backends.responseTimeout());
		return route(route.service()).route(route::serves, http())
			.filter(problems::instead)
			.before(RequestSizeLimit.of(backends.maxRequestSize()))
			.before(adaptCachedBody())
			.before(uri(route.base()))
			.before(route::toService)
			.filter(tokenRelay(ReadyroomClient.REGISTRATION_ID))
			.after(route::toBrowser)
			.build();
	}

	/**
	 * How the gateway reaches the services. The response timeout bounds each wait for the
	 * service (for its answer to begin, and between parts of it), never a whole export;
	 * cookies are neither kept nor sent, redirects are passed to the page as they are.
	 */
	@Bean
	ClientHttpRequestFactory backendRequests(WebProperties properties) {
		WebProperties.Backends backends = properties.backends();
		return ClientHttpRequestFactoryBuilder.httpComponents()
			.withHttpClientCustomizer((client) -> client.disableContentCompression())
			.build(HttpClientSettings.defaults()
				.withCookieHandling(HttpCookieHandling.DISABLE)
				.withRedirects(HttpRedirects.DONT_FOLLOW)
				.withTimeouts(backends.connectTimeout(), backends.responseTimeout()));
	}

}
